using Microsoft.Extensions.Time.Testing;
using TrackHub.Edge.Replay;
using TrackHub.Edge.Tests.Support;

namespace TrackHub.Edge.Tests.Replay;

public sealed class ReplayPacerTests
{
    private static readonly DateTimeOffset Recorded = new(2015, 10, 10, 9, 12, 32, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero));
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task At_its_own_pace_an_observation_recorded_10_s_after_the_first_is_released_10_s_later()
    {
        var pacer = new ReplayPacer(1, _time);
        Assert.True(pacer.WaitAsync(Recorded, _ct).IsCompleted);

        var second = pacer.WaitAsync(Recorded.AddSeconds(10), _ct).AsTask();
        _time.Advance(TimeSpan.FromSeconds(9.999));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), _ct);
    }

    [Fact]
    public async Task At_speed_10_observations_10_s_apart_are_released_1_s_apart()
    {
        var pacer = new ReplayPacer(10, _time);
        await pacer.WaitAsync(Recorded, _ct);

        var second = pacer.WaitAsync(Recorded.AddSeconds(10), _ct).AsTask();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), _ct);

        // The pace is kept against the first observation, so time spent elsewhere is not added on top.
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(pacer.WaitAsync(Recorded.AddSeconds(50), _ct).IsCompleted);
    }

    [Fact]
    public void Fast_releases_every_observation_at_once()
    {
        var pacer = new ReplayPacer(0, _time);

        Assert.All(Enumerable.Range(0, 100), i => Assert.True(pacer.WaitAsync(Recorded.AddMinutes(i), _ct).IsCompleted));
    }

    [Fact]
    public async Task A_step_back_in_time_or_a_long_silence_restarts_the_pace_instead_of_stalling_the_replay()
    {
        var pacer = new ReplayPacer(1, _time);
        await pacer.WaitAsync(Recorded, _ct);

        // A receiver's clock jumping back (a week-rollover date) and one jumping years ahead: neither waits.
        Assert.True(pacer.WaitAsync(Recorded.AddYears(-16), _ct).IsCompleted);
        Assert.True(pacer.WaitAsync(Recorded.AddDays(1), _ct).IsCompleted);

        var paced = pacer.WaitAsync(Recorded.AddDays(1).AddSeconds(2), _ct).AsTask();
        Assert.False(paced.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        await paced.WaitAsync(TimeSpan.FromSeconds(10), _ct);
    }
}

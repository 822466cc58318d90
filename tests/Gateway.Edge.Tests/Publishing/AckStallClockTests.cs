using Microsoft.Extensions.Time.Testing;
using TrackHub.Edge.Publishing;

namespace TrackHub.Edge.Tests.Publishing;

public sealed class AckStallClockTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Each_stall_doubles_the_timeout_up_to_eight_times_the_configured_one()
    {
        var clock = new AckStallClock(TimeSpan.FromSeconds(15), _time);

        var timeouts = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            clock.BackOff();
            timeouts.Add(clock.Timeout.TotalSeconds);
        }

        Assert.Equal([30.0, 60.0, 120.0, 120.0, 120.0], timeouts);
    }

    [Fact]
    public void Only_an_advancing_acknowledgement_restores_the_configured_timeout_and_restarts_the_wait()
    {
        var clock = new AckStallClock(TimeSpan.FromSeconds(15), _time);
        clock.Observe(5);
        clock.BackOff();
        _time.Advance(TimeSpan.FromSeconds(20));

        clock.Observe(5); // the same acknowledgement again (a duplicate, or the retained copy after a reconnect)
        Assert.Equal((30.0, 10.0), (clock.Timeout.TotalSeconds, clock.Remaining.TotalSeconds));

        clock.Observe(6);
        Assert.Equal((15.0, 15.0), (clock.Timeout.TotalSeconds, clock.Remaining.TotalSeconds));
    }

    [Fact]
    public void An_overdue_acknowledgement_leaves_zero_time_not_a_negative_wait()
    {
        var clock = new AckStallClock(TimeSpan.FromSeconds(15), _time);

        _time.Advance(TimeSpan.FromSeconds(40));

        Assert.Equal(TimeSpan.Zero, clock.Remaining);
        Assert.Equal(40.0, clock.Waited.TotalSeconds);
    }
}

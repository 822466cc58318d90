using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace TrackHub.Edge.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells the test when code under test starts waiting (creates a timer), so the
/// test advances the clock only once the wait is registered — and by exactly the time it asked for.
/// </summary>
public sealed class SignalingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(start);

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer the code under test creates.</summary>
    public async Task<TimeSpan> NextTimerAsync() =>
        await _timers.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

    public void Advance(TimeSpan by) => Fake.Advance(by);
}

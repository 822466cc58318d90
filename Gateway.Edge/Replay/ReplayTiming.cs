namespace TrackHub.Edge.Replay;

/// <summary>How a capture is replayed: <see cref="Speed"/> (0 = as fast as possible) and whether its first timestamp moves to now.</summary>
public sealed record ReplayTiming(double Speed, bool ShiftToNow)
{
    public static readonly ReplayTiming Fast = new(0, false);
}

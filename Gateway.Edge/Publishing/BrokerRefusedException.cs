namespace TrackHub.Edge.Publishing;

/// <summary>The broker answered a publish with an error reason code (not authorised, quota exceeded, …).</summary>
public sealed class BrokerRefusedException(long sequence, string reason)
    : Exception($"the broker refused batch {sequence}: {reason}")
{
    public long Sequence { get; } = sequence;

    public string Reason { get; } = reason;
}

namespace TrackHub.Hub.Persistence.Rows;

/// <summary>One domain event (table <c>events</c>, append-only); <see cref="Data"/> is the whole event as JSON.</summary>
public sealed class EventRow
{
    public long Id { get; set; }

    /// <summary>Event time.</summary>
    public DateTimeOffset Ts { get; set; }

    /// <summary>When the hub stored it.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    public required string Type { get; set; }

    public string? AssetId { get; set; }

    public string? Site { get; set; }

    public required string Data { get; set; }
}

namespace TrackHub.Domain.Checkpoints;

/// <summary>One asset's rule state that its stored <see cref="Model.AssetState"/> does not carry.</summary>
public sealed record AssetCheckpoint
{
    public required string AssetId { get; init; }

    /// <summary>When a newer read confirmed where it is, when later than its location's <c>Since</c>.</summary>
    public DateTimeOffset? LocationCheckedAt { get; init; }

    /// <summary>Its beacon's latest sighting at each receiver within the BLE window.</summary>
    public IReadOnlyList<BleSightingCheckpoint> Sightings { get; init; } = [];

    /// <summary>When its last <c>RunHoursRecorded</c> event was written, within the recording interval.</summary>
    public DateTimeOffset? RunHoursRecordedAt { get; init; }

    /// <summary>An hour-counter reading that did not follow the meter, waiting for the next one to confirm or dismiss it.</summary>
    public SuspectCounterCheckpoint? SuspectCounter { get; init; }
}

public sealed record BleSightingCheckpoint(string Receiver, string Zone, double Rssi, DateTimeOffset At);

public sealed record SuspectCounterCheckpoint(double Counter, DateTimeOffset At);

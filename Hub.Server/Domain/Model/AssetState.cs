namespace TrackHub.Domain.Model;

/// <summary>What the hub currently believes about one asset. Replaced, never mutated, when a decision changes it.</summary>
public sealed record AssetState
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public required string Kind { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public string? HomeSite { get; init; }

    public AssetStatus Status { get; init; } = AssetStatus.Available;

    public Custodian? Custodian { get; init; }

    public AssetLocation? Location { get; init; }

    /// <summary>Event time of the newest observation of any of the asset's tags.</summary>
    public DateTimeOffset? LastSeen { get; init; }

    public RunHoursMeter? RunHours { get; init; }

    /// <summary>One entry per maintenance plan that applies to the asset.</summary>
    public IReadOnlyList<MaintenanceState> Maintenance { get; init; } = [];

    /// <summary>The geofences the asset is currently inside (GPS assets only).</summary>
    public IReadOnlyList<string> InsideGeofences { get; init; } = [];
}

public enum AssetStatus
{
    Available,
    CheckedOut,
    InMaintenance,
    Unavailable,
    Missing,
    Retired,
}

/// <summary>Who holds an asset: a person, a team, a vehicle, or a site.</summary>
public sealed record Custodian(CustodianKind Kind, string Id, string? Name);

public enum CustodianKind
{
    Person,
    Team,
    Vehicle,
    Site,
}

/// <summary>
/// Where an asset is: a site and zone, a vehicle, and/or a geographic position; since when, decided from which source,
/// how sure, and the reads behind it.
/// </summary>
public sealed record AssetLocation
{
    public string? Site { get; init; }

    public string? Zone { get; init; }

    public string? Vehicle { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public required DateTimeOffset Since { get; init; }

    /// <summary>rfid-gate, ble, gps, manual.</summary>
    public required string Source { get; init; }

    /// <summary>0..1.</summary>
    public double Confidence { get; init; } = 1;

    public IReadOnlyList<ObservationRef> Evidence { get; init; } = [];
}

/// <summary>Run hours of an asset and how they are counted.</summary>
public sealed record RunHoursMeter
{
    /// <summary>Total run hours; never decreases.</summary>
    public required double Hours { get; init; }

    /// <summary>engine (hour counter) or ignition.</summary>
    public required string Source { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Last raw counter value (engine source), to detect resets and wraps.</summary>
    public double? LastCounter { get; init; }

    /// <summary>Added to the raw counter after a reset or wrap.</summary>
    public double CounterOffset { get; init; }

    /// <summary>Ignition source: on since this event time, or null when off.</summary>
    public DateTimeOffset? IgnitionOnSince { get; init; }

    /// <summary>Ignition source: event time of the last report, for the reporting-gap limit.</summary>
    public DateTimeOffset? LastReport { get; init; }
}

/// <summary>The state of one maintenance plan for one asset.</summary>
public sealed record MaintenanceState
{
    public required string PlanId { get; init; }

    public required string PlanName { get; init; }

    /// <summary>Run hours at the last service (the plan's basis).</summary>
    public double BasisHours { get; init; }

    /// <summary>Run hours at which the next service is due.</summary>
    public double? DueAtHours { get; init; }

    public MaintenanceStatus Status { get; init; } = MaintenanceStatus.Ok;

    /// <summary>The open work order raised by this plan, if any.</summary>
    public string? OpenWorkOrder { get; init; }
}

public enum MaintenanceStatus
{
    Ok,
    DueSoon,
    Due,
}

using TrackHub.Domain.Model;

namespace TrackHub.Hub.Persistence.Rows;

/// <summary>
/// The current state of one asset (table <c>assets</c>). Location, custodian and meter are flattened into columns so
/// the API can filter and sort on them; lists that are only read whole (maintenance, evidence, geofences) are JSON.
/// </summary>
public sealed class AssetRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Category { get; set; }

    public required string Kind { get; set; }

    public string? HomeSite { get; set; }

    public AssetStatus Status { get; set; }

    public CustodianKind? CustodianKind { get; set; }

    public string? CustodianId { get; set; }

    public string? CustodianName { get; set; }

    public string? LocationSite { get; set; }

    public string? LocationZone { get; set; }

    public string? LocationVehicle { get; set; }

    public double? LocationLat { get; set; }

    public double? LocationLon { get; set; }

    public DateTimeOffset? LocationSince { get; set; }

    public string? LocationSource { get; set; }

    public double? LocationConfidence { get; set; }

    /// <summary>JSON array of observation references.</summary>
    public string? LocationEvidence { get; set; }

    public DateTimeOffset? LastSeen { get; set; }

    public double? RunHours { get; set; }

    public string? RunHoursSource { get; set; }

    public DateTimeOffset? RunHoursUpdatedAt { get; set; }

    public double? RunHoursLastCounter { get; set; }

    public double? RunHoursCounterOffset { get; set; }

    public DateTimeOffset? RunHoursIgnitionOnSince { get; set; }

    public DateTimeOffset? RunHoursLastReport { get; set; }

    /// <summary>JSON array of maintenance plan states.</summary>
    public required string Maintenance { get; set; }

    /// <summary>JSON array of geofence ids.</summary>
    public required string InsideGeofences { get; set; }

    /// <summary>Lower-cased id, name and tags, so a free-text search is one case-insensitive LIKE on every provider.</summary>
    public required string SearchText { get; set; }
}

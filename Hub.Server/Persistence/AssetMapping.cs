using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence.Json;
using TrackHub.Hub.Persistence.Rows;

namespace TrackHub.Hub.Persistence;

/// <summary>Asset state to and from its row and tag rows.</summary>
internal static class AssetMapping
{
    public static AssetRow ToRow(AssetState s) => new()
    {
        Id = s.Id,
        Name = s.Name,
        Category = s.Category,
        Kind = s.Kind,
        HomeSite = s.HomeSite,
        Status = s.Status,
        CustodianKind = s.Custodian?.Kind,
        CustodianId = s.Custodian?.Id,
        CustodianName = s.Custodian?.Name,
        LocationSite = s.Location?.Site,
        LocationZone = s.Location?.Zone,
        LocationVehicle = s.Location?.Vehicle,
        LocationLat = s.Location?.Lat,
        LocationLon = s.Location?.Lon,
        LocationSince = s.Location?.Since,
        LocationSource = s.Location?.Source,
        LocationConfidence = s.Location?.Confidence,
        LocationEvidence = s.Location is { } l ? StoreJson.Write(l.Evidence) : null,
        LastSeen = s.LastSeen,
        RunHours = s.RunHours?.Hours,
        RunHoursSource = s.RunHours?.Source,
        RunHoursUpdatedAt = s.RunHours?.UpdatedAt,
        RunHoursLastCounter = s.RunHours?.LastCounter,
        RunHoursCounterOffset = s.RunHours?.CounterOffset,
        RunHoursIgnitionOnSince = s.RunHours?.IgnitionOnSince,
        RunHoursLastReport = s.RunHours?.LastReport,
        Maintenance = StoreJson.Write(s.Maintenance),
        InsideGeofences = StoreJson.Write(s.InsideGeofences),
        SearchText = SearchText(s.Id, s.Name, s.Tags),
    };

    public static IEnumerable<AssetTagRow> TagRows(AssetState s) =>
        s.Tags.Distinct(StringComparer.Ordinal).Select((tag, i) => new AssetTagRow { AssetId = s.Id, TagKey = tag, Position = i });

    public static AssetState ToState(AssetRow r, IReadOnlyList<string> tags) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Category = r.Category,
        Kind = r.Kind,
        Tags = tags,
        HomeSite = r.HomeSite,
        Status = r.Status,
        Custodian = r is { CustodianKind: { } kind, CustodianId: { } id } ? new Custodian(kind, id, r.CustodianName) : null,
        Location = r is { LocationSince: { } since, LocationSource: { } source }
            ? new AssetLocation
            {
                Site = r.LocationSite,
                Zone = r.LocationZone,
                Vehicle = r.LocationVehicle,
                Lat = r.LocationLat,
                Lon = r.LocationLon,
                Since = since,
                Source = source,
                Confidence = r.LocationConfidence ?? 1,
                Evidence = StoreJson.ReadEvidence(r.LocationEvidence),
            }
            : null,
        LastSeen = r.LastSeen,
        RunHours = r is { RunHours: { } hours, RunHoursSource: { } meterSource, RunHoursUpdatedAt: { } updatedAt }
            ? new RunHoursMeter
            {
                Hours = hours,
                Source = meterSource,
                UpdatedAt = updatedAt,
                LastCounter = r.RunHoursLastCounter,
                CounterOffset = r.RunHoursCounterOffset ?? 0,
                IgnitionOnSince = r.RunHoursIgnitionOnSince,
                LastReport = r.RunHoursLastReport,
            }
            : null,
        Maintenance = StoreJson.ReadMaintenance(r.Maintenance),
        InsideGeofences = StoreJson.ReadStrings(r.InsideGeofences),
    };

    /// <summary>
    /// Lower-cased in .NET rather than in SQL: SQLite's lower() only folds ASCII, so "Schweißgerät" would not match
    /// "SCHWEISSGERÄT"-style queries the same way on both providers.
    /// </summary>
    public static string SearchText(string id, string name, IEnumerable<string> tags) =>
        string.Join('\n', [id, name, .. tags]).ToLowerInvariant();
}

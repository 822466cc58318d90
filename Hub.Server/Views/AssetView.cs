using TrackHub.Domain.Model;

namespace TrackHub.Hub.Views;

/// <summary>An asset as people see it (API and wall screens): where it is, who has it, run hours, maintenance.</summary>
public sealed record AssetView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    public required string Kind { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public string? HomeSite { get; init; }

    public required AssetStatus Status { get; init; }

    public Custodian? Custodian { get; init; }

    public LocationView? Location { get; init; }

    public DateTimeOffset? LastSeen { get; init; }

    public RunHoursView? RunHours { get; init; }

    public IReadOnlyList<MaintenanceView> Maintenance { get; init; } = [];

    public static AssetView From(AssetState state) => new()
    {
        Id = state.Id,
        Name = state.Name,
        Category = state.Category,
        Kind = state.Kind,
        Tags = state.Tags,
        HomeSite = state.HomeSite,
        Status = state.Status,
        Custodian = state.Custodian,
        Location = state.Location is { } l
            ? new LocationView(l.Site, l.Zone, l.Vehicle, l.Lat, l.Lon, l.Since, l.Source, l.Confidence, l.Evidence.Select(e => e.ToString()).ToArray())
            : null,
        LastSeen = state.LastSeen,
        RunHours = state.RunHours is { } r ? new RunHoursView(r.Hours, r.Source, r.UpdatedAt, r.IgnitionOnSince is not null) : null,
        Maintenance = state.Maintenance.Select(m => new MaintenanceView(m.PlanId, m.PlanName, m.Status, m.BasisHours, m.DueAtHours, m.OpenWorkOrder)).ToArray(),
    };
}

public sealed record LocationView(
    string? Site,
    string? Zone,
    string? Vehicle,
    double? Lat,
    double? Lon,
    DateTimeOffset Since,
    string Source,
    double Confidence,
    IReadOnlyList<string> Evidence);

/// <summary>Run hours; <see cref="Running"/> is true while the ignition is on (ignition-counted meters).</summary>
public sealed record RunHoursView(double Hours, string Source, DateTimeOffset UpdatedAt, bool Running);

public sealed record MaintenanceView(string PlanId, string PlanName, MaintenanceStatus Status, double BasisHours, double? DueAtHours, string? OpenWorkOrder);

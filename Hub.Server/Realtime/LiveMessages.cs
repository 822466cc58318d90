using TrackHub.Hub.Views;

namespace TrackHub.Hub.Realtime;

/// <summary>Everything a wall screen of one site needs to start (see docs/realtime.md).</summary>
public sealed record SiteSnapshot(
    string Instance,
    long Version,
    DateTimeOffset ServerTime,
    SiteView Site,
    IReadOnlyList<AssetView> Assets,
    IReadOnlyList<PassageView> Passages,
    IReadOnlyList<WorkOrderView> WorkOrders,
    IReadOnlyList<GatewayView> Gateways,
    IReadOnlyList<UnknownTagView> UnknownTags,
    IReadOnlyDictionary<string, IReadOnlyList<double[]>> Tracks);

/// <summary>The changes after a snapshot; <see cref="Version"/> rises with every batch.</summary>
public sealed record ChangeBatch(
    string Instance,
    long Version,
    IReadOnlyList<AssetView> Assets,
    IReadOnlyList<PassageView> Passages,
    IReadOnlyList<WorkOrderView> WorkOrders,
    IReadOnlyList<GatewayView> Gateways,
    IReadOnlyList<UnknownTagView> UnknownTags,
    IReadOnlyList<string> RemovedUnknownTags,
    IReadOnlyDictionary<string, IReadOnlyList<double[]>> TrackPoints);

/// <summary>The layout of a site for drawing: plan, zones, gates, receivers and geofences.</summary>
public sealed record SiteView(
    string Id,
    string Name,
    string TimeZone,
    PlanView? Plan,
    IReadOnlyList<ZoneView> Zones,
    IReadOnlyList<GateView> Gates,
    IReadOnlyList<ReceiverView> Receivers,
    IReadOnlyList<GeofenceView> Geofences);

public sealed record PlanView(double Width, double Height, string? Image);

public sealed record ZoneView(string Id, string Name, string Kind, IReadOnlyList<double[]> Area);

public sealed record GateView(string Id, string Name, string InsideZone, string? OutsideZone, double[]? Position);

public sealed record ReceiverView(string Id, string Zone, double[]? Position);

public sealed record GeofenceView(string Id, string Name, string? Site, IReadOnlyList<double[]>? Polygon, CircleView? Circle);

public sealed record CircleView(double Lat, double Lon, double Radius);

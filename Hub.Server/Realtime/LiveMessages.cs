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

/// <summary>
/// The changes after a snapshot: every change after <see cref="FromVersion"/> up to <see cref="Version"/>, as the newest
/// view of each thing changed (several batches are merged into one when the hub is busy).
/// </summary>
public sealed record ChangeBatch(
    string Instance,
    long FromVersion,
    long Version,
    IReadOnlyList<AssetView> Assets,
    IReadOnlyList<PassageView> Passages,
    IReadOnlyList<WorkOrderView> WorkOrders,
    IReadOnlyList<GatewayView> Gateways,
    IReadOnlyList<UnknownTagView> UnknownTags,
    IReadOnlyList<string> RemovedUnknownTags,
    IReadOnlyDictionary<string, IReadOnlyList<double[]>> TrackPoints)
{
    public bool IsEmpty =>
        Assets.Count == 0 && Passages.Count == 0 && WorkOrders.Count == 0 && Gateways.Count == 0 && UnknownTags.Count == 0
        && RemovedUnknownTags.Count == 0 && TrackPoints.Count == 0;
}

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

using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// What the demo scenario needs from a site document: the gate and its antennas, BLE receivers on the plan, people's
/// badges, tools' tags, vans and the engine-counted machine, the depot boundary and a customer site to drive to.
/// Works for any document with those parts; says what is missing otherwise.
/// </summary>
internal sealed record DemoSite(
    string SiteId,
    DemoGate Gate,
    IReadOnlyList<DemoReceiver> Receivers,
    IReadOnlyDictionary<string, ZoneBounds> ZoneBounds,
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<DemoTool> Tools,
    IReadOnlyList<DemoVehicle> Vans,
    DemoMachine? Machine,
    GeoPoint DepotCentre,
    GeoPoint GatePoint,
    GeoPoint CustomerSite)
{
    public static DemoSite From(SiteDocument document)
    {
        var gate = document.Gates.FirstOrDefault() ?? throw Missing("a gate (an RFID portal) to walk through");
        if (gate.OutsideAntennas.Count == 0 || gate.InsideAntennas.Count == 0)
        {
            throw Missing($"outside and inside antennas on gate '{gate.Id}'");
        }

        var receivers = document.Receivers
            .Where(r => r.Position is { Length: 2 })
            .Select(r => new DemoReceiver(r.Id, r.Zone, r.Position![0], r.Position[1]))
            .ToList();
        if (receivers.Count == 0)
        {
            throw Missing("BLE receivers with a plan position");
        }

        var bounds = document.Zones.Where(z => z.Area.Count >= 3).ToDictionary(z => z.Id, z => ZoneBoundsOf(z.Area), StringComparer.Ordinal);
        var people = document.People
            .Select(p => (p.Id, Badge: Epc(p.Tags)))
            .Where(p => p.Badge is not null)
            .Select(p => new DemoPerson(p.Id, p.Badge!))
            .ToList();
        if (people.Count < 2)
        {
            throw Missing("two people with RFID badges");
        }

        var tools = document.Assets
            .Where(a => a.Kind == "tool" && Epc(a.Tags) is not null)
            .Select(a => new DemoTool(a.Id, Epc(a.Tags)!, a.Tags.FirstOrDefault(TagKeys.IsBleId)))
            .ToList();
        if (tools.Count < 4)
        {
            throw Missing("at least four tools with RFID tags");
        }

        var vans = document.Assets
            .Where(a => a.Kind == "vehicle" && Device(a.Tags) is not null)
            .Select(a => new DemoVehicle(a.Id, Device(a.Tags)!, Epc(a.Tags)))
            .ToList();
        var machine = document.Assets
            .Where(a => a.RunHours == "engine" && Device(a.Tags) is not null)
            .Select(a => new DemoMachine(a.Id, Device(a.Tags)!, a.Tags.FirstOrDefault(TagKeys.IsBleId)))
            .FirstOrDefault();

        var boundary = document.Geofences.FirstOrDefault(g => g.Site == gate.Site && g.Polygon is { Count: >= 3 })
            ?? throw Missing($"a geofence polygon for site '{gate.Site}' (the depot boundary)");
        var customer = document.Geofences.FirstOrDefault(g => g.Site is null && g.Circle is not null)
            ?? throw Missing("a circular geofence without a site (a customer site to drive to)");

        return new DemoSite(
            gate.Site,
            new DemoGate(gate.Reader, gate.OutsideAntennas[0], gate.InsideAntennas[0], gate.InsideZone),
            receivers,
            bounds,
            people,
            tools,
            vans,
            machine,
            new GeoPoint(boundary.Polygon!.Average(p => p[1]), boundary.Polygon!.Average(p => p[0])),
            GateOnMap(document, gate, boundary.Polygon!),
            new GeoPoint(customer.Circle!.Lat, customer.Circle.Lon));
    }

    /// <summary>
    /// Where the gate is on the map: its plan position placed on the boundary's extent (plan y grows southwards);
    /// the middle of the boundary's east side when the plan does not say.
    /// </summary>
    private static GeoPoint GateOnMap(SiteDocument document, GateDefinition gate, IReadOnlyList<double[]> polygon)
    {
        var (minLon, maxLon) = (polygon.Min(p => p[0]), polygon.Max(p => p[0]));
        var (minLat, maxLat) = (polygon.Min(p => p[1]), polygon.Max(p => p[1]));
        var plan = document.Sites.FirstOrDefault(s => s.Id == gate.Site)?.Plan;
        if (plan is null || gate.Position is not { Length: 2 } position)
        {
            return new GeoPoint((minLat + maxLat) / 2, maxLon);
        }

        return new GeoPoint(
            maxLat - (Math.Clamp(position[1] / plan.Height, 0, 1) * (maxLat - minLat)),
            minLon + (Math.Clamp(position[0] / plan.Width, 0, 1) * (maxLon - minLon)));
    }

    private static string? Epc(IEnumerable<string> tags) =>
        tags.FirstOrDefault(t => t.StartsWith(TagKeys.EpcPrefix, StringComparison.Ordinal))?[TagKeys.EpcPrefix.Length..];

    private static string? Device(IEnumerable<string> tags) =>
        tags.FirstOrDefault(t => t.StartsWith(TagKeys.DevicePrefix, StringComparison.Ordinal))?[TagKeys.DevicePrefix.Length..];

    private static ZoneBounds ZoneBoundsOf(IReadOnlyList<double[]> area) =>
        new(area.Min(p => p[0]), area.Min(p => p[1]), area.Max(p => p[0]), area.Max(p => p[1]));

    private static InvalidDataException Missing(string what) =>
        new($"the site document has no {what}, which the demo scenario needs");
}

internal sealed record DemoGate(string Reader, int OutsideAntenna, int InsideAntenna, string InsideZone);

internal sealed record DemoReceiver(string Id, string Zone, double X, double Y);

internal sealed record ZoneBounds(double MinX, double MinY, double MaxX, double MaxY)
{
    public (double X, double Y) Clamp(double x, double y) =>
        (Math.Clamp(x, MinX + 1, MaxX - 1), Math.Clamp(y, MinY + 1, MaxY - 1));
}

internal sealed record DemoPerson(string Id, string BadgeEpc);

internal sealed record DemoTool(string Id, string Epc, string? BeaconId);

internal sealed record DemoVehicle(string Id, string Device, string? Epc);

internal sealed record DemoMachine(string Id, string Device, string? BeaconId);

internal readonly record struct GeoPoint(double Lat, double Lon);

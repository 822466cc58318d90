namespace TrackHub.Edge.Simulation;

/// <summary>
/// A synthetic drive from a parking bay in the depot, out through the gate, along a few roads to the customer site:
/// waypoints with the speed to drive each leg at, and the point on the route where the van passes the gate.
/// </summary>
internal sealed class VanRoute
{
    private readonly List<GeoPoint> _points;
    private readonly List<double> _speeds;
    private readonly double[] _cumulative;

    private VanRoute(List<GeoPoint> points, List<double> speeds, double gateAt)
    {
        _points = points;
        _speeds = speeds;
        _cumulative = new double[points.Count];
        for (var i = 1; i < points.Count; i++)
        {
            _cumulative[i] = _cumulative[i - 1] + GeoMath.Distance(points[i - 1], points[i]);
        }

        GateAt = gateAt;
    }

    public double Length => _cumulative[^1];

    /// <summary>Distance along the route at which the van is in the gate.</summary>
    public double GateAt { get; }

    public GeoPoint Start => _points[0];

    public static VanRoute Outbound(DemoSite site, int vanIndex, Random random)
    {
        var inward = GeoMath.Bearing(site.GatePoint, site.DepotCentre) * Math.PI / 180;
        (double East, double North) Towards(double metres, double sign) => (sign * metres * Math.Sin(inward), sign * metres * Math.Cos(inward));

        var parking = GeoMath.Offset(site.DepotCentre, -12 + (vanIndex * 6), -8 + (vanIndex * 4));
        var (ie, iN) = Towards(10, 1);
        var (oe, oN) = Towards(20, -1);
        var gateInside = GeoMath.Offset(site.GatePoint, ie, iN);
        var gateOutside = GeoMath.Offset(site.GatePoint, oe, oN);

        // Two different road layouts, so the vans do not drive on top of each other.
        var customer = GeoMath.Offset(site.CustomerSite, random.Between(-25, 25), random.Between(-25, 25));
        var shares = vanIndex % 2 == 0
            ? new[] { (0.30, 0.0), (0.55, 0.45), (0.90, 0.85) }
            : [(0.0, 0.30), (0.40, 0.60), (0.85, 0.95)];
        var roads = shares.Select(s => GeoMath.Offset(
            new GeoPoint(
                gateOutside.Lat + ((customer.Lat - gateOutside.Lat) * s.Item1),
                gateOutside.Lon + ((customer.Lon - gateOutside.Lon) * s.Item2)),
            random.Between(-30, 30),
            random.Between(-30, 30))).ToList();

        List<GeoPoint> points = [parking, gateInside, gateOutside, .. roads, customer];
        List<double> speeds = [4, 2.5, 9, 12.5, 13.5, 6]; // m/s, one per leg
        var route = new VanRoute(points, speeds, 0);
        return new VanRoute(points, speeds, (route._cumulative[1] + route._cumulative[2]) / 2);
    }

    public VanRoute Reversed()
    {
        var points = Enumerable.Reverse(_points).ToList();
        var speeds = Enumerable.Reverse(_speeds).ToList();
        return new VanRoute(points, speeds, Length - GateAt);
    }

    /// <summary>Where the van is after <paramref name="distance"/> metres, the heading of that leg and its speed.</summary>
    public (GeoPoint Position, double Heading, double Speed) At(double distance)
    {
        distance = Math.Clamp(distance, 0, Length);
        var leg = 1;
        while (leg < _points.Count - 1 && _cumulative[leg] < distance)
        {
            leg++;
        }

        var legLength = _cumulative[leg] - _cumulative[leg - 1];
        var fraction = legLength <= 0 ? 1 : (distance - _cumulative[leg - 1]) / legLength;
        return (GeoMath.Lerp(_points[leg - 1], _points[leg], fraction), GeoMath.Bearing(_points[leg - 1], _points[leg]), _speeds[leg - 1]);
    }
}

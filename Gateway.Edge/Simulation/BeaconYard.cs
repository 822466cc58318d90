using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// Beaconed assets in the depot: every ~2 s each receiver in range reports a sighting, strongest at the receiver of the
/// zone the asset is in (log-distance path loss, a wall between zones, Gaussian noise). Every 20–40 s one tool is
/// carried to another zone. Tools that leave through the gate go quiet until they come back.
/// </summary>
internal sealed class BeaconYard
{
    private const double TxPower = -59;
    private const double PathLossExponent = 2.0;
    private const double WallLoss = 8;
    private const double Sensitivity = -100;

    private readonly DemoSite _site;
    private readonly Timeline _timeline;
    private readonly Random _random;
    private readonly Dictionary<string, Spot> _spots = new(StringComparer.Ordinal);
    private readonly List<string> _zones;
    private readonly List<DemoTool> _movable;

    public BeaconYard(DemoSite site, Timeline timeline, Random random, DateTimeOffset start)
    {
        _site = site;
        _timeline = timeline;
        _random = random;
        _zones = site.Receivers.Select(r => r.Zone).Distinct(StringComparer.Ordinal).ToList();
        _movable = site.Tools.Where(t => t.BeaconId is not null).ToList();

        foreach (var tool in _movable)
        {
            Place(tool.BeaconId!, random.Pick(_zones));
        }

        if (site.Machine?.BeaconId is { } machineBeacon)
        {
            // Machines stay where they work: the yard if there is one.
            Place(machineBeacon, _zones.Contains(site.Gate.InsideZone) ? site.Gate.InsideZone : _zones[0]);
        }

        foreach (var beacon in _spots.Keys.ToList())
        {
            timeline.At(start + random.Seconds(0, 2), () => Advertise(beacon));
        }

        timeline.At(start + random.Seconds(10, 20), MoveOne);
    }

    /// <summary>The zone a beacon is in; null when it is off site.</summary>
    public string? ZoneOf(string beaconId) => _spots.TryGetValue(beaconId, out var spot) && spot.OnSite ? spot.Zone : null;

    public void Leave(DemoTool tool)
    {
        if (tool.BeaconId is { } beacon && _spots.TryGetValue(beacon, out var spot))
        {
            _spots[beacon] = spot with { OnSite = false };
        }
    }

    public void Arrive(DemoTool tool, string zone)
    {
        if (tool.BeaconId is { } beacon)
        {
            Place(beacon, _zones.Contains(zone) ? zone : _zones[0]);
        }
    }

    private void Place(string beacon, string zone)
    {
        // Near the zone's receiver, inside the zone: a tool on a bench or a shelf, not in a doorway.
        var receiver = _site.Receivers.First(r => r.Zone == zone);
        var angle = _random.Between(0, 2 * Math.PI);
        var radius = _random.Between(1, 8);
        var (x, y) = (receiver.X + (radius * Math.Cos(angle)), receiver.Y + (radius * Math.Sin(angle)));
        if (_site.ZoneBounds.TryGetValue(zone, out var bounds))
        {
            (x, y) = bounds.Clamp(x, y);
        }

        _spots[beacon] = new Spot(zone, x, y, OnSite: true);
    }

    private void MoveOne()
    {
        var onSite = _movable.Where(t => _spots[t.BeaconId!].OnSite).ToList();
        if (onSite.Count > 0 && _zones.Count > 1)
        {
            var tool = _random.Pick(onSite);
            var from = _spots[tool.BeaconId!].Zone;
            Place(tool.BeaconId!, _random.Pick(_zones.Where(z => z != from).ToList()));
        }

        _timeline.At(_timeline.Now + _random.Seconds(20, 40), MoveOne);
    }

    private void Advertise(string beacon)
    {
        var spot = _spots[beacon];
        if (spot.OnSite)
        {
            foreach (var receiver in _site.Receivers)
            {
                var distance = Math.Max(1, Math.Sqrt(Math.Pow(receiver.X - spot.X, 2) + Math.Pow(receiver.Y - spot.Y, 2)));
                var wall = receiver.Zone == spot.Zone ? 0 : WallLoss;
                var rssi = TxPower - (10 * PathLossExponent * Math.Log10(distance)) - wall + _random.Gaussian(2);
                if (rssi < Sensitivity)
                {
                    continue;
                }

                _timeline.Emit(new BleObservation
                {
                    Timestamp = _timeline.Now + _random.Seconds(0, 0.4),
                    Receiver = receiver.Id,
                    BeaconId = beacon,
                    Rssi = Math.Round(rssi),
                    TxPower = TxPower,
                });
            }
        }

        _timeline.At(_timeline.Now + _random.Seconds(1.8, 2.2), () => Advertise(beacon));
    }

    private sealed record Spot(string Zone, double X, double Y, bool OnSite);
}

using TrackHub.Shared.Contracts;

namespace TrackHub.LoadGen.Traffic;

/// <summary>
/// Makes observations of a site's real tags, shaped like a working depot rather than noise: each tag stays on one side
/// of its gate and now and then walks through it; each beacon has a receiver it sits near (strong) and is heard faintly
/// by the others, and now and then moves; each vehicle drives a random walk inside the site's geofence.
/// Not thread-safe: one per simulated gateway. Deterministic for a given seed and sequence of timestamps.
/// </summary>
public sealed class ObservationGenerator
{
    private const double CrossGateChance = 0.02;
    private const double BeaconMoveChance = 0.002;
    private const double StepDegrees = 0.00002; // about 2 m

    private readonly SiteTraffic _traffic;
    private readonly TrafficMix _mix;
    private readonly Random _random;
    private readonly ReaderAntenna[] _outside;
    private readonly ReaderAntenna[] _inside;
    private readonly bool[] _tagInside;
    private readonly int[] _beaconHome;
    private readonly Vehicle[] _vehicles;

    public ObservationGenerator(SiteTraffic traffic, TrafficMix mix, int seed)
    {
        _traffic = traffic;
        _mix = mix.LimitTo(traffic);
        if (_mix.Total == 0)
        {
            throw new ArgumentException($"site '{traffic.SiteId}' has none of the kinds in the mix {mix}", nameof(mix));
        }

        _random = new Random(seed);
        _outside = [.. traffic.Antennas.Where(a => !a.Inside)];
        _inside = [.. traffic.Antennas.Where(a => a.Inside)];
        _tagInside = [.. traffic.Epcs.Select(_ => _random.Next(2) == 0)];
        _beaconHome = [.. traffic.Beacons.Select(_ => _random.Next(Math.Max(1, traffic.Receivers.Count)))];
        var area = traffic.Area;
        _vehicles = [.. traffic.GpsDevices.Select(d => new Vehicle(
            d.Tag,
            area is null ? 0 : Between(area.MinLat, area.MaxLat),
            area is null ? 0 : Between(area.MinLon, area.MaxLon)))];
    }

    /// <summary>Adds <paramref name="count"/> observations seen at <paramref name="timestamp"/>.</summary>
    public void Fill(List<Observation> into, int count, DateTimeOffset timestamp)
    {
        for (var i = 0; i < count; i++)
        {
            into.Add(Next(timestamp));
        }
    }

    public Observation Next(DateTimeOffset timestamp)
    {
        var pick = _random.Next(_mix.Total);
        if (pick < _mix.Rfid)
        {
            return NextRfid(timestamp);
        }

        return pick < _mix.Rfid + _mix.Ble ? NextBle(timestamp) : NextGps(timestamp);
    }

    private RfidObservation NextRfid(DateTimeOffset timestamp)
    {
        var tag = _random.Next(_traffic.Epcs.Count);
        if (_random.NextDouble() < CrossGateChance)
        {
            _tagInside[tag] = !_tagInside[tag];
        }

        var side = _tagInside[tag] ? _inside : _outside;
        var antenna = side.Length > 0 ? side[_random.Next(side.Length)] : _traffic.Antennas[_random.Next(_traffic.Antennas.Count)];
        return new RfidObservation
        {
            Timestamp = timestamp,
            Reader = antenna.Reader,
            Antenna = antenna.Antenna,
            Epc = _traffic.Epcs[tag].Tag,
            Rssi = -40 - (_random.Next(70) / 2.0),
            Count = 1,
        };
    }

    private BleObservation NextBle(DateTimeOffset timestamp)
    {
        var beacon = _random.Next(_traffic.Beacons.Count);
        var receivers = _traffic.Receivers.Count;
        if (_random.NextDouble() < BeaconMoveChance)
        {
            _beaconHome[beacon] = _random.Next(receivers);
        }

        var receiver = _random.Next(receivers);
        var near = receiver == _beaconHome[beacon];
        return new BleObservation
        {
            Timestamp = timestamp,
            Receiver = _traffic.Receivers[receiver],
            BeaconId = _traffic.Beacons[beacon].Tag,
            Rssi = (near ? -62 : -86) + _random.Next(-4, 5),
            TxPower = -59,
            BatteryMillivolts = 2900 + _random.Next(100),
        };
    }

    private GpsObservation NextGps(DateTimeOffset timestamp)
    {
        var vehicle = _vehicles[_random.Next(_vehicles.Length)];
        var area = _traffic.Area!;
        vehicle.Lat = Math.Clamp(vehicle.Lat + ((_random.NextDouble() - 0.5) * StepDegrees), area.MinLat, area.MaxLat);
        vehicle.Lon = Math.Clamp(vehicle.Lon + ((_random.NextDouble() - 0.5) * StepDegrees), area.MinLon, area.MaxLon);
        return new GpsObservation
        {
            Timestamp = timestamp,
            Device = vehicle.Device,
            Latitude = vehicle.Lat,
            Longitude = vehicle.Lon,
            Speed = Math.Round(_random.NextDouble() * 8, 1),
            Heading = Math.Round(_random.NextDouble() * 359, 1),
            Hdop = 0.9,
        };
    }

    private double Between(double min, double max) => min + (_random.NextDouble() * (max - min));

    private sealed class Vehicle(string device, double lat, double lon)
    {
        public string Device { get; } = device;

        public double Lat { get; set; } = lat;

        public double Lon { get; set; } = lon;
    }
}

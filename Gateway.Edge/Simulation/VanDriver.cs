using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// One van's day: parked in the depot with the ignition off, then ignition on, out through the gate (its tag read
/// outbound), along the roads to the customer site, parked there for a while, and back (read inbound), again and again.
/// GPS fixes every 2 s with the ignition on, every 60 s parked; an ignition report at every change and every 30 s.
/// </summary>
internal sealed class VanDriver
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(2);
    private const int ParkedFixEvery = 30;
    private const int IgnitionReportEvery = 15;

    private readonly DemoVehicle _van;
    private readonly DemoGate _gate;
    private readonly Timeline _timeline;
    private readonly Random _random;
    private readonly VanRoute _out;
    private readonly VanRoute _back;
    private Phase _phase = Phase.Parked;
    private DateTimeOffset _phaseEnds;
    private bool _atDepot = true;
    private VanRoute _route;
    private double _along;
    private bool _gatePassed;
    private GeoPoint _position;
    private double _heading;
    private double _speed;
    private double _odometer;
    private long _ticks;

    public VanDriver(DemoSite site, DemoVehicle van, int index, Timeline timeline, Random random, DateTimeOffset start)
    {
        _van = van;
        _gate = site.Gate;
        _timeline = timeline;
        _random = random;
        _out = VanRoute.Outbound(site, index, random);
        _back = _out.Reversed();
        _route = _out;
        _position = _out.Start;
        _odometer = Math.Round(random.Between(40_000, 180_000));
        _phaseEnds = start + (index == 0 ? random.Seconds(15, 25) : random.Seconds(70, 100));
        timeline.At(start + random.Seconds(0, 1.5), Step);
    }

    private enum Phase
    {
        Parked,
        WarmUp,
        Driving,
        CoolDown,
    }

    private bool IgnitionOn => _phase != Phase.Parked;

    private void Step()
    {
        var now = _timeline.Now;
        var wasOn = IgnitionOn;
        Advance(now);
        if (IgnitionOn != wasOn || _ticks == 0 || _ticks % IgnitionReportEvery == 0)
        {
            _timeline.Emit(new IoObservation { Timestamp = now, Device = _van.Device, Ignition = IgnitionOn });
        }

        if (IgnitionOn || _ticks % ParkedFixEvery == 0)
        {
            EmitFix(now);
        }

        _ticks++;
        _timeline.At(now + Tick, Step);
    }

    private void Advance(DateTimeOffset now)
    {
        switch (_phase)
        {
            case Phase.Parked when now >= _phaseEnds:
                Enter(Phase.WarmUp, now + _random.Seconds(4, 8));
                break;
            case Phase.WarmUp when now >= _phaseEnds:
                _route = _atDepot ? _out : _back;
                (_along, _gatePassed) = (0, false);
                Enter(Phase.Driving, DateTimeOffset.MaxValue);
                break;
            case Phase.Driving:
                Drive(now);
                break;
            case Phase.CoolDown when now >= _phaseEnds:
                Enter(Phase.Parked, now + (_atDepot ? _random.Seconds(60, 180) : _random.Seconds(60, 120)));
                break;
        }
    }

    private void Drive(DateTimeOffset now)
    {
        var (_, _, legSpeed) = _route.At(_along);
        _speed = Math.Max(0, legSpeed + _random.Gaussian(0.4));
        var step = _speed * Tick.TotalSeconds;
        _along = Math.Min(_route.Length, _along + step);
        _odometer += step;
        (_position, _heading, _) = _route.At(_along);
        if (!_gatePassed && _along >= _route.GateAt && _van.Epc is { } epc)
        {
            _gatePassed = true;
            GateReads.Emit(_timeline, _random, _gate, now, outbound: _route == _out, [epc], new HashSet<string> { epc });
        }

        if (_along >= _route.Length)
        {
            _atDepot = _route == _back;
            Enter(Phase.CoolDown, now + _random.Seconds(8, 14));
        }
    }

    private void Enter(Phase phase, DateTimeOffset ends) => (_phase, _phaseEnds) = (phase, ends);

    private void EmitFix(DateTimeOffset now)
    {
        var moving = _phase == Phase.Driving;
        var noisy = GeoMath.Offset(_position, _random.Gaussian(1.5), _random.Gaussian(1.5));
        _timeline.Emit(new GpsObservation
        {
            Timestamp = now,
            Device = _van.Device,
            Latitude = Math.Round(noisy.Lat, 7),
            Longitude = Math.Round(noisy.Lon, 7),
            Altitude = Math.Round(48 + _random.Gaussian(1), 1),
            Speed = moving ? Math.Round(_speed, 1) : 0,
            Heading = Math.Round(_heading, 1),
            Hdop = Math.Round(_random.Between(0.7, 1.3), 1),
            Odometer = Math.Round(_odometer),
        });
    }
}

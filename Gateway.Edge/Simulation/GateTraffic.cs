namespace TrackHub.Edge.Simulation;

/// <summary>
/// People walking through the gate with tools. The first passage, within about fifteen seconds, goes out; the first one
/// in follows within about forty-five; after that one every 30–60 s in a random direction. A tool that is out is never
/// checked out again and one that is in is never checked in; the scenario begins with a few tools out on jobs.
/// </summary>
internal sealed class GateTraffic
{
    private readonly DemoSite _site;
    private readonly Timeline _timeline;
    private readonly Random _random;
    private readonly BeaconYard _beacons;
    private readonly HashSet<string> _toolsOut = new(StringComparer.Ordinal);
    private readonly HashSet<string> _peopleInside = new(StringComparer.Ordinal);

    public GateTraffic(DemoSite site, Timeline timeline, Random random, BeaconYard beacons, DateTimeOffset start)
    {
        _site = site;
        _timeline = timeline;
        _random = random;
        _beacons = beacons;

        // Tools without beacons start out on jobs, so the beacon demo in the depot keeps all its tools.
        foreach (var tool in random.PickSome(site.Tools.Where(t => t.BeaconId is null), 4))
        {
            _toolsOut.Add(tool.Id);
        }

        var people = random.PickSome(site.People, site.People.Count);
        foreach (var person in people.Take((people.Count + 1) / 2))
        {
            _peopleInside.Add(person.Id);
        }

        timeline.At(start + random.Seconds(4, 12), () => Passage(outbound: true));
        timeline.At(start + random.Seconds(28, 42), () =>
        {
            Passage(outbound: false);
            ScheduleNext();
        });
    }

    private void ScheduleNext() => _timeline.At(_timeline.Now + _random.Seconds(30, 60), () =>
    {
        var canGoOut = _peopleInside.Count > 0 && _site.Tools.Any(t => !_toolsOut.Contains(t.Id));
        var canComeIn = _peopleInside.Count < _site.People.Count && _toolsOut.Count > 0;
        if (canGoOut || canComeIn)
        {
            Passage(outbound: canGoOut && (!canComeIn || _random.Next(2) == 0));
        }

        ScheduleNext();
    });

    private void Passage(bool outbound)
    {
        var people = _site.People.Where(p => _peopleInside.Contains(p.Id) == outbound).ToList();
        if (people.Count == 0)
        {
            return;
        }

        var person = _random.Pick(people);
        var candidates = _site.Tools.Where(t => _toolsOut.Contains(t.Id) != outbound).ToList();
        var tools = _random.PickSome(candidates, outbound ? _random.Next(2, 4) : _random.Next(1, 4));
        if (tools.Count == 0)
        {
            return;
        }

        foreach (var tool in tools)
        {
            if (outbound)
            {
                _toolsOut.Add(tool.Id);
                _beacons.Leave(tool);
            }
            else
            {
                _toolsOut.Remove(tool.Id);
                _beacons.Arrive(tool, _site.Gate.InsideZone);
            }
        }

        if (outbound)
        {
            _peopleInside.Remove(person.Id);
        }
        else
        {
            _peopleInside.Add(person.Id);
        }

        var epcs = new List<string> { person.BadgeEpc };
        epcs.AddRange(tools.Select(t => t.Epc));
        GateReads.Emit(_timeline, _random, _site.Gate, _timeline.Now, outbound, epcs, new HashSet<string> { person.BadgeEpc });
    }
}

using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// The demo scenario generated from a site document: gate passages with tools and badges, beaconed tools moving
/// between zones, two vans driving to a customer and back, the generator's hour counter crossing its service interval,
/// and a stray tag now and then. Pure: given the seed and the start time it always produces the same observations,
/// released in time order by <see cref="AdvanceTo"/>.
/// </summary>
public sealed class DemoScenario
{
    private readonly Timeline _timeline;

    public DemoScenario(SiteDocument site, SimulatorOptions options, DateTimeOffset start)
    {
        var demo = DemoSite.From(site);
        start = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        Start = start;
        SiteId = demo.SiteId;
        _timeline = new Timeline(start);

        // One random stream per actor: changing one actor does not reshuffle the others.
        // The actors live on through the actions they schedule on the timeline.
        var beacons = new BeaconYard(demo, _timeline, new Random((options.Seed * 31) + 1), start);
        _ = new GateTraffic(demo, _timeline, new Random((options.Seed * 31) + 2), beacons, start);
        for (var i = 0; i < demo.Vans.Count; i++)
        {
            _ = new VanDriver(demo, demo.Vans[i], i, _timeline, new Random((options.Seed * 31) + 10 + i), start);
        }

        if (demo.Machine is not null)
        {
            _ = new GeneratorMeter(demo.Machine, options, _timeline, start);
        }

        _ = new StrayTags(demo.Gate, _timeline, new Random((options.Seed * 31) + 3), start);
    }

    public DateTimeOffset Start { get; }

    public string SiteId { get; }

    /// <summary>When the next thing happens; the simulator sleeps until then.</summary>
    public DateTimeOffset NextEventAt => _timeline.NextAt ?? DateTimeOffset.MaxValue;

    /// <summary>Every observation with a timestamp up to <paramref name="now"/> not released before, oldest first.</summary>
    public IReadOnlyList<Observation> AdvanceTo(DateTimeOffset now) => _timeline.RunUntil(now);
}

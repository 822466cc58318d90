using TrackHub.Edge.Simulation;
using TrackHub.Edge.Sources;
using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Simulation;

public sealed class DemoScenarioTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);
    private static readonly SiteDocument Site = SourceFactory.LoadSite(RepoPaths.InRepo("deploy", "demo", "site.json"));

    [Fact]
    public void Within_two_minutes_someone_walks_out_with_two_or_three_tools_and_someone_walks_in_with_tools()
    {
        var passages = GatePassages.From(Run(TimeSpan.FromMinutes(2)), Site).Where(p => p.Person is not null).ToList();

        var firstOut = passages.First(p => p.Outbound);
        var firstIn = passages.First(p => !p.Outbound);
        Assert.InRange((firstOut.Start - Start).TotalSeconds, 0, 15);
        Assert.InRange(firstOut.Tools.Count, 2, 3);
        Assert.InRange((firstIn.Start - Start).TotalSeconds, 15, 45);
        Assert.NotEmpty(firstIn.Tools);
    }

    [Fact]
    public void Every_tag_in_a_passage_is_read_a_few_times_on_each_antenna_in_the_walking_direction_with_realistic_rssi()
    {
        var observations = Run(TimeSpan.FromMinutes(5));
        var passages = GatePassages.From(observations, Site).Where(p => p.Person is not null).ToList();

        Assert.True(passages.Count >= 4, $"only {passages.Count} passages in five minutes");
        foreach (var visit in passages.SelectMany(p => p.Visits))
        {
            Assert.InRange(visit.FirstAntennaReads, 2, 4);
            Assert.InRange(visit.SecondAntennaReads, 2, 4);
            Assert.InRange((visit.Last - visit.First).TotalSeconds, 0.5, 2.5);
        }

        Assert.All(observations.OfType<RfidObservation>(), r => Assert.InRange(r.Rssi!.Value, -80, -35));
    }

    [Fact]
    public void Over_half_an_hour_no_tool_is_checked_out_twice_or_in_twice_and_passages_keep_coming()
    {
        var passages = GatePassages.From(Run(TimeSpan.FromMinutes(30)), Site).Where(p => p.Person is not null).ToList();

        Assert.InRange(passages.Count, 25, 65);
        foreach (var tool in passages.SelectMany(p => p.Tools).Distinct())
        {
            var directions = passages.Where(p => p.Tools.Contains(tool)).Select(p => p.Outbound).ToList();
            Assert.All(directions.Zip(directions.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        }
    }

    [Fact]
    public void The_generators_hour_counter_starts_at_249_60_and_crosses_the_250_h_service_about_50_s_in()
    {
        var readings = Run(TimeSpan.FromMinutes(2)).OfType<EngineObservation>().Where(e => e.Device == "gen-7").ToList();

        Assert.Equal(249.60, readings[0].Hours);
        Assert.All(readings.Zip(readings.Skip(1)), pair =>
        {
            Assert.Equal(5, (pair.Second.Timestamp - pair.First.Timestamp).TotalSeconds);
            Assert.InRange(pair.Second.Hours - pair.First.Hours, 0, 0.05 + 1e-9);
        });
        Assert.All(readings, r => Assert.Equal(0, Math.Round(r.Hours * 100) % 5)); // J1939's 0.05 h steps
        var crossing = readings.First(r => r.Hours >= 250);
        Assert.InRange((crossing.Timestamp - Start).TotalSeconds, 45, 55);
    }

    [Fact]
    public void Beaconed_tools_are_sighted_every_two_seconds_strongest_at_their_zones_receiver_and_move_between_zones()
    {
        var sightings = Run(TimeSpan.FromMinutes(5)).OfType<BleObservation>().ToList();
        var beacon = "ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:200:7"; // the generator: on site throughout

        var strongest = sightings.Where(s => s.BeaconId == beacon).GroupBy(s => s.Receiver).MaxBy(g => g.Average(s => s.Rssi))!;
        var times = strongest.Select(s => s.Timestamp).ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.InRange((pair.Second - pair.First).TotalSeconds, 1.3, 2.7));

        var zoneChanges = 0;
        var margins = new List<double>();
        foreach (var byBeacon in sightings.GroupBy(s => s.BeaconId))
        {
            string? previous = null;
            foreach (var window in byBeacon.GroupBy(s => (long)((s.Timestamp - Start).TotalSeconds / 6)))
            {
                var ranked = window.GroupBy(s => s.Receiver).Select(g => (Receiver: g.Key, Rssi: g.Average(s => s.Rssi))).OrderByDescending(r => r.Rssi).ToList();
                margins.Add(ranked.Count > 1 ? ranked[0].Rssi - ranked[1].Rssi : 99);
                zoneChanges += previous is not null && previous != ranked[0].Receiver ? 1 : 0;
                previous = ranked[0].Receiver;
            }
        }

        Assert.InRange(zoneChanges, 5, 20); // one tool carried every 20-40 s
        Assert.True(margins.Count(m => m >= 6) > margins.Count * 0.9, "the zone's own receiver should lead by the hub's 6 dB margin");
    }

    [Fact]
    public void Vans_drive_out_of_the_depot_to_the_customer_site_and_back_with_the_ignition_on_while_driving()
    {
        var observations = Run(TimeSpan.FromMinutes(15));
        var depot = Site.Geofences.Single(g => g.Id == "north-depot-boundary").Polygon!;
        var customer = Site.Geofences.Single(g => g.Id == "customer-site-a").Circle!;
        bool InDepot(GpsObservation f) =>
            f.Longitude > depot.Min(p => p[0]) && f.Longitude < depot.Max(p => p[0]) && f.Latitude > depot.Min(p => p[1]) && f.Latitude < depot.Max(p => p[1]);
        bool AtCustomer(GpsObservation f) =>
            Math.Sqrt(Math.Pow((f.Latitude - customer.Lat) * 111_320, 2) + Math.Pow((f.Longitude - customer.Lon) * 111_320 * Math.Cos(customer.Lat * Math.PI / 180), 2)) < customer.Radius;

        foreach (var van in new[] { "van-1", "van-2" })
        {
            var fixes = observations.OfType<GpsObservation>().Where(f => f.Device == van).ToList();
            var ignition = observations.OfType<IoObservation>().Where(i => i.Device == van).ToList();
            var leftDepot = fixes.FindIndex(f => !InDepot(f));
            var atCustomer = fixes.FindIndex(leftDepot, AtCustomer);
            var backHome = fixes.FindIndex(atCustomer, InDepot);
            Assert.True(leftDepot > 0 && atCustomer > leftDepot && backHome > atCustomer, $"{van}: out {leftDepot}, customer {atCustomer}, back {backHome}");

            foreach (var moving in fixes.Where(f => f.Speed > 0))
            {
                Assert.True(ignition.Last(i => i.Timestamp <= moving.Timestamp).Ignition, $"{van} moving with the ignition off at {moving.Timestamp}");
            }

            Assert.Contains(ignition, i => i.Ignition == false && i.Timestamp > fixes[atCustomer].Timestamp);
            var driving = fixes.Skip(leftDepot).Take(20).ToList();
            Assert.All(driving.Zip(driving.Skip(1)), pair => Assert.Equal(2, (pair.Second.Timestamp - pair.First.Timestamp).TotalSeconds));
        }

        // The vans' own tags pass the gate as well: out before they leave, in when they return.
        var vanTag = Site.Assets.Single(a => a.Id == "van-1").Tags.Single(t => t.StartsWith("epc:", StringComparison.Ordinal))[4..];
        Assert.Equal([true, false], GatePassages.From(observations, Site).Where(p => p.Epcs.Contains(vanTag)).Select(p => p.Outbound).Take(2));
    }

    [Fact]
    public void A_tag_no_asset_or_person_owns_is_read_at_the_gate_within_the_first_minute()
    {
        var known = Site.Assets.SelectMany(a => a.Tags).Concat(Site.People.SelectMany(p => p.Tags)).ToHashSet();

        var stray = Run(TimeSpan.FromMinutes(1)).OfType<RfidObservation>().Where(r => !known.Contains(TagKeys.ForEpc(r.Epc))).ToList();

        Assert.NotEmpty(stray);
        Assert.Single(stray.Select(r => r.Epc).Distinct());
    }

    [Fact]
    public void The_same_seed_gives_the_same_scenario_and_another_seed_another()
    {
        var once = Run(TimeSpan.FromMinutes(3), seed: 11);
        var again = Run(TimeSpan.FromMinutes(3), seed: 11);
        var other = Run(TimeSpan.FromMinutes(3), seed: 12);

        Assert.Equal(once, again);
        Assert.NotEqual(once.OfType<RfidObservation>().Select(r => r.Epc), other.OfType<RfidObservation>().Select(r => r.Epc));
    }

    [Fact]
    public void Observations_are_released_in_time_order_and_never_before_their_time()
    {
        var scenario = new DemoScenario(Site, new SimulatorOptions(), Start);
        var released = Start;
        for (var step = 1; step <= 600; step++)
        {
            var now = Start.AddSeconds(step * 0.37);
            var batch = scenario.AdvanceTo(now);
            Assert.All(batch, o => Assert.InRange(o.Timestamp, released, now));
            Assert.Equal(batch.Select(o => o.Timestamp).Order(), batch.Select(o => o.Timestamp));
            released = batch.Count > 0 ? batch[^1].Timestamp : released;
        }
    }

    [Fact]
    public void Every_observation_the_scenario_makes_passes_the_wire_contracts_validation()
    {
        Assert.All(Run(TimeSpan.FromMinutes(10)), o => Assert.Null(ObservationValidator.Validate(ref o)));
    }

    private static List<Observation> Run(TimeSpan length, int seed = 7) =>
        [.. new DemoScenario(Site, new SimulatorOptions { Seed = seed }, Start).AdvanceTo(Start + length)];
}

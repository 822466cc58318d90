using System.Text.Json;
using TrackHub.Domain;
using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Hub.Domain.Tests.Support;
using TrackHub.Shared.Contracts;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.Checkpoints;

/// <summary>
/// A hub that stops between reads carries on as if it had not: each test runs the same reads through one engine
/// (uninterrupted) and through an engine stopped part-way, stored (state and checkpoint as JSON) and restored.
/// </summary>
public sealed class EngineCheckpointTests
{
    [Fact]
    public void A_passage_read_outside_only_when_the_hub_stops_completes_after_the_restart_with_the_same_evidence()
    {
        Observation[] outside = [Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0.0)), Rfid(Demo.Grinder1Epc, Demo.OutsideAntenna, At(0.2)), Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0.5))];
        Observation[] inside = [Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(1.2)), Rfid(Demo.Grinder1Epc, Demo.InsideAntenna, At(1.5))];
        var uninterrupted = new Feed(Demo.Model());
        uninterrupted.ApplyAll([.. outside, .. inside]);
        uninterrupted.Advance(At(10));

        var stopped = new Feed(Demo.Model());
        stopped.ApplyAll(outside);
        var restarted = Restart(stopped);
        restarted.ApplyAll(inside);
        restarted.Advance(At(10));

        var passage = Assert.Single(restarted.Decisions.Passages);
        Assert.Equal(PassageDirection.In, passage.Direction);
        Assert.Equal(["tool-001", "tool-003"], passage.Assets);
        Assert.Equal((AssetStatus.Available, "yard"), (restarted.Asset("tool-001").Status, restarted.Asset("tool-001").Location?.Zone));
        Assert.Equal(Json(uninterrupted.Decisions.Passages), Json(restarted.Decisions.Passages));
        Assert.Equal(Json(uninterrupted.Events<AssetCheckedIn>()), Json(restarted.Events<AssetCheckedIn>()));
        Assert.Equal(Json(uninterrupted.Asset("tool-003")), Json(restarted.Asset("tool-003")));

        var forgetful = Restart(stopped, withCheckpoint: false);
        forgetful.ApplyAll(inside);
        forgetful.Advance(At(10));
        Assert.Empty(forgetful.Decisions.Passages); // what a restart lost before checkpoints
    }

    [Fact]
    public void A_passage_still_collecting_crossings_when_the_hub_stops_takes_a_badge_after_the_restart_and_completes_on_time()
    {
        var stopped = new Feed(Demo.Model());
        stopped.ApplyAll(Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(0.0)), Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(1.0)));
        Assert.Equal(1, stopped.Engine.OpenPassageCount);

        var restarted = Restart(stopped);
        Assert.Equal((1, At(4.0)), (restarted.Engine.OpenPassageCount, restarted.Engine.NextDecisionAt));
        restarted.ApplyAll(Rfid(Demo.AmyBadgeEpc, Demo.InsideAntenna, At(1.5)), Rfid(Demo.AmyBadgeEpc, Demo.OutsideAntenna, At(2.5)));
        restarted.Advance(At(5.6));

        var passage = Assert.Single(restarted.Decisions.Passages);
        Assert.Equal(["tool-001"], passage.Assets);
        Assert.Equal(["p-amy"], passage.People);
        Assert.Equal((AssetStatus.CheckedOut, "p-amy"), (restarted.Asset("tool-001").Status, restarted.Asset("tool-001").Custodian?.Id));
        Assert.Equal(At(1.0), Assert.Single(restarted.Events<AssetCheckedOut>()).Timestamp);
    }

    [Fact]
    public void Ble_hysteresis_holds_across_a_restart_so_a_slightly_stronger_receiver_does_not_move_the_beacon()
    {
        Observation[] before = [Sighting(Demo.Drill1Beacon, "rx-workshop", -70, At(0)), Sighting(Demo.Drill1Beacon, "rx-workshop", -71, At(2))];
        Observation[] after = [Sighting(Demo.Drill1Beacon, "rx-store", -66, At(5)), Sighting(Demo.Drill1Beacon, "rx-store", -65, At(9))];
        var uninterrupted = new Feed(Demo.Model());
        uninterrupted.ApplyAll([.. before, .. after]);

        var stopped = new Feed(Demo.Model());
        stopped.ApplyAll(before);
        var restarted = Restart(stopped);
        restarted.ApplyAll(after);

        Assert.Equal("workshop", restarted.Asset("tool-001").Location?.Zone);
        Assert.Empty(restarted.Events<AssetMoved>());
        Assert.Equal(Json(uninterrupted.Asset("tool-001")), Json(restarted.Asset("tool-001")));

        var forgetful = Restart(stopped, withCheckpoint: false);
        forgetful.ApplyAll(after);
        Assert.Equal("store", forgetful.Asset("tool-001").Location?.Zone); // the workshop's sightings were forgotten
    }

    [Fact]
    public void Run_hours_are_recorded_at_most_every_15_minutes_across_a_restart()
    {
        Observation[] before = [Counter("gen-7", 1200.0, T0), Counter("gen-7", 1200.1, T0.AddMinutes(6))];
        Observation[] after = [Counter("gen-7", 1200.2, T0.AddMinutes(12)), Counter("gen-7", 1200.3, T0.AddMinutes(16))];
        var uninterrupted = new Feed(Demo.Model());
        uninterrupted.ApplyAll([.. before, .. after]);

        var stopped = new Feed(Demo.Model());
        stopped.ApplyAll(before);
        var restarted = Restart(stopped);
        restarted.ApplyAll(after);

        Assert.Equal([T0, T0.AddMinutes(16)], uninterrupted.Events<RunHoursRecorded>().Select(e => e.Timestamp));
        Assert.Equal([T0.AddMinutes(16)], restarted.Events<RunHoursRecorded>().Select(e => e.Timestamp));
        Assert.Equal(1200.3, restarted.Asset("gen-7").RunHours!.Hours, 9);

        var forgetful = Restart(stopped, withCheckpoint: false);
        forgetful.ApplyAll(after);
        Assert.Equal(T0.AddMinutes(12), forgetful.Events<RunHoursRecorded>()[0].Timestamp); // one written early
    }

    [Fact]
    public void A_counter_reading_held_as_suspect_before_a_restart_is_confirmed_by_the_next_one_after_it()
    {
        var stopped = new Feed(Demo.Model());
        stopped.ApplyAll(Counter("gen-7", 1200.0, T0), Counter("gen-7", 5.0, T0.AddMinutes(10)));
        Assert.Equal(1200.0, stopped.Asset("gen-7").RunHours!.Hours, 9);

        var restarted = Restart(stopped);
        restarted.Apply(Counter("gen-7", 5.1, T0.AddMinutes(20)));

        Assert.Equal(1200.1, restarted.Asset("gen-7").RunHours!.Hours, 9);
        Assert.Contains("replaced counter", Assert.Single(restarted.Events<RunHoursAnomaly>()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_keeps_only_what_is_still_inside_its_window_by_the_event_clock()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0)), Sighting(Demo.Drill1Beacon, "rx-yard", -70, At(0)), Counter("gen-7", 1200.0, At(0)));

        feed.Advance(At(5));
        var fresh = feed.Engine.Checkpoint();
        Assert.Equal(("main-gate", Demo.Drill1Epc), (Assert.Single(fresh.GateTracks).Gate, fresh.GateTracks[0].Epc));
        Assert.Equal(["rx-yard"], fresh.Assets.SelectMany(a => a.Sightings).Select(s => s.Receiver));
        Assert.Equal(At(0), fresh.Assets.Single(a => a.AssetId == "gen-7").RunHoursRecordedAt);

        feed.Advance(At(60)); // past the gate window (10 s) and the BLE window (15 s)
        var later = feed.Engine.Checkpoint();
        Assert.Empty(later.GateTracks);
        Assert.Equal(["gen-7"], later.Assets.Select(a => a.AssetId));
        Assert.Empty(later.Assets[0].Sightings);

        feed.Advance(T0.AddMinutes(16)); // past the 15 minutes between RunHoursRecorded events
        Assert.True(feed.Engine.Checkpoint().IsEmpty);
    }

    [Fact]
    public void Only_reads_that_change_in_flight_state_move_its_version_so_a_group_of_gps_fixes_writes_no_checkpoint()
    {
        var feed = new Feed(Demo.Model());
        var version = feed.Engine.InFlightVersion;
        feed.ApplyAll(Fix("van-1", 53.4928, -2.2636, At(0)), Fix("van-1", 53.4929, -2.2636, At(1)), Sighting("ruuvi:c7:11:22:33:44:55", "rx-store", -80, At(2)));
        feed.Advance(At(30));
        Assert.Equal(version, feed.Engine.InFlightVersion);

        feed.Apply(Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(31)));
        Assert.NotEqual(version, feed.Engine.InFlightVersion);
    }

    [Fact]
    public void A_checkpoint_from_another_configuration_says_what_it_could_not_restore()
    {
        var stopped = new Feed(Demo.Model());
        stopped.ApplyAll(Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(0.0)), Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(1.0)), Rfid(Demo.Grinder1Epc, Demo.InsideAntenna, At(1.2)));
        var document = Demo.Document();
        var renamed = Demo.Compile(document with { Gates = [.. document.Gates.Select(g => g with { Id = "east-gate" })] });

        var problems = new TrackingEngine(renamed).Restore([], [], [], [], Stored(stopped.Engine.Checkpoint()));

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("gate 'main-gate' is no longer configured", p, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tool-001", StringComparison.Ordinal));
    }

    /// <summary>A new engine from what a store keeps: the asset states and lists as JSON, the checkpoint through its JSON context.</summary>
    private static Feed Restart(Feed stopped, bool withCheckpoint = true)
    {
        var engine = stopped.Engine;
        var restarted = new Feed(engine.Model, lastSeq: stopped.LastSeq);
        var problems = restarted.Engine.Restore(
            StoredAndLoaded(engine.Assets),
            StoredAndLoaded(engine.UnknownTags),
            StoredAndLoaded(engine.OpenWorkOrders),
            StoredAndLoaded(engine.RecentPassages),
            withCheckpoint ? Stored(engine.Checkpoint()) : null);
        Assert.Empty(problems);
        return restarted;
    }

    private static EngineCheckpoint Stored(EngineCheckpoint checkpoint)
    {
        var json = JsonSerializer.Serialize(checkpoint, EngineCheckpointJsonContext.Default.EngineCheckpoint);
        var loaded = JsonSerializer.Deserialize(json, EngineCheckpointJsonContext.Default.EngineCheckpoint)!;
        Assert.Equal(json, JsonSerializer.Serialize(loaded, EngineCheckpointJsonContext.Default.EngineCheckpoint));
        return loaded;
    }

    private static T[] StoredAndLoaded<T>(IEnumerable<T> items) =>
        JsonSerializer.Deserialize<T[]>(JsonSerializer.Serialize(items.ToArray())) ?? [];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}

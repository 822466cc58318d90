using System.Text.Json;
using TrackHub.Domain;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Hub.Domain.Tests.Support;
using TrackHub.Shared.Configuration;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests;

/// <summary>State survives a restart (exported, stored as data, restored) and a change of configuration.</summary>
public sealed class TrackingEngineStateTests
{
    private const double InCircleLat = 53.4928, InCircleLon = -2.2636; // centre of customer-site-a (120 m)

    [Fact]
    public void Exported_state_restores_into_a_new_engine_that_continues_where_the_old_one_stopped()
    {
        var before = new Feed(Demo.Model());
        before.ApplyAll(
            Counter("gen-7", 249.6, T0),
            Counter("gen-7", 250.0, T0.AddMinutes(30)),
            Ignition("van-1", true, T0),
            Ignition("van-1", true, T0.AddMinutes(5)),
            Fix("van-1", InCircleLat, InCircleLon, T0.AddMinutes(5)),
            Rfid(Demo.Drill1Epc, Demo.InsideAntenna, T0),
            Rfid(Demo.AmyBadgeEpc, Demo.InsideAntenna, T0.AddSeconds(0.5)),
            Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, T0.AddSeconds(1)),
            Rfid(Demo.AmyBadgeEpc, Demo.OutsideAntenna, T0.AddSeconds(1.5)),
            Sighting("ruuvi:c7:11:22:33:44:55", "rx-store", -80, T0));
        before.Advance(T0.AddMinutes(30));
        Assert.Single(before.Engine.OpenWorkOrders);

        var after = new Feed(Demo.Model());
        after.Engine.Restore(
            StoredAndLoaded(before.Engine.Assets),
            StoredAndLoaded(before.Engine.UnknownTags),
            StoredAndLoaded(before.Engine.OpenWorkOrders),
            StoredAndLoaded(before.Engine.RecentPassages));

        Assert.Equal(Json(before.Engine.Assets), Json(after.Engine.Assets));
        Assert.Equal(Json(before.Engine.RecentPassages), Json(after.Engine.RecentPassages));
        Assert.Equal(T0.AddMinutes(30), after.Engine.EventClock);

        after.ApplyAll(
            Counter("gen-7", 250.2, T0.AddMinutes(45)),
            Ignition("van-1", false, T0.AddMinutes(10)),
            Fix("van-1", InCircleLat + 0.0005, InCircleLon, T0.AddMinutes(10)),
            Fix("van-1", InCircleLat + 0.005, InCircleLon, T0.AddMinutes(15)),
            Sighting("ruuvi:c7:11:22:33:44:55", "rx-store", -80, T0.AddMinutes(20)));

        Assert.Equal(250.2, after.Asset("gen-7").RunHours!.Hours, 6);
        Assert.Empty(after.Events<WorkOrderRaised>());
        Assert.Equal("wo-gen-7-gen-250h-250", Assert.Single(after.Engine.OpenWorkOrders).Id);
        Assert.Equal(10.0 / 60, after.Asset("van-1").RunHours!.Hours, 9);
        Assert.Empty(after.Events<GeofenceEntered>());
        Assert.Equal(T0.AddMinutes(15), Assert.Single(after.Events<GeofenceExited>()).Timestamp);
        Assert.Equal((AssetStatus.CheckedOut, "p-amy"), (after.Asset("tool-001").Status, after.Asset("tool-001").Custodian?.Id));
        Assert.Equal(2, Assert.Single(after.Engine.UnknownTags).Count);
        Assert.Empty(after.Events<UnknownTagSeen>());
    }

    [Fact]
    public void Reconfigure_keeps_the_state_of_remaining_assets_adds_new_ones_and_reports_removed_ones()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0)), Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(1)), Counter("gen-7", 1523.4, At(2)));
        feed.Advance(At(10));
        feed.Decisions.Clear();

        var document = Demo.Document();
        document = document with
        {
            Assets =
            [
                .. document.Assets.Where(a => a.Id != "tool-045").Select(a => a.Id == "tool-001" ? a with { Name = "Cordless drill #1 (blue)" } : a),
                new AssetDefinition { Id = "tool-046", Name = "Core drill #2", Site = Demo.Site, Tags = ["epc:30340242201d88400000002e"] },
            ],
            MaintenancePlans = [.. document.MaintenancePlans.Select(p => p.Id == "gen-250h" ? p with { EveryHours = 200 } : p)],
        };
        feed.Engine.Reconfigure(Demo.Compile(document), At(60), feed.Decisions);

        var drill = feed.Asset("tool-001");
        Assert.Equal(("Cordless drill #1 (blue)", "yard", AssetStatus.Available), (drill.Name, drill.Location?.Zone, drill.Status));
        Assert.Null(feed.Engine.FindAsset("tool-045"));
        Assert.Equal(["tool-045"], feed.Decisions.RemovedAssets);
        Assert.Equal("Core drill #2", feed.Asset("tool-046").Name);
        Assert.Contains("tool-046", feed.Decisions.ChangedAssets);
        Assert.Contains("tool-001", feed.Decisions.ChangedAssets);
        Assert.DoesNotContain("tool-002", feed.Decisions.ChangedAssets);
        Assert.Equal(1700.0, Assert.Single(feed.Asset("gen-7").Maintenance).DueAtHours); // basis 1500 + 200
    }

    [Fact]
    public void A_passage_still_open_when_the_configuration_changes_is_completed_as_it_stands()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0)), Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(1)));
        Assert.Equal(1, feed.Engine.OpenPassageCount);

        feed.Engine.Reconfigure(Demo.Model(), At(2), feed.Decisions);

        Assert.Equal(["tool-001"], Assert.Single(feed.Decisions.Passages).Assets);
        Assert.Equal(AssetStatus.Available, feed.Asset("tool-001").Status);
        Assert.Equal(0, feed.Engine.OpenPassageCount);
    }

    /// <summary>Through JSON, as a store would keep it: proves the state is plain data with nothing left behind.</summary>
    private static T[] StoredAndLoaded<T>(IEnumerable<T> items) =>
        JsonSerializer.Deserialize<T[]>(JsonSerializer.Serialize(items.ToArray())) ?? [];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}

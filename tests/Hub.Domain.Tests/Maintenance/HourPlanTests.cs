using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Hub.Domain.Tests.Support;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.Maintenance;

/// <summary>Demo plan gen-250h: generators every 250 h, due soon 0.25 h before.</summary>
public sealed class HourPlanTests
{
    [Fact]
    public void A_generator_first_seen_at_249_6_hours_is_due_soon_at_249_75_and_due_at_250_with_one_work_order()
    {
        var feed = new Feed(Demo.Model());
        var readings = new[] { 249.60, 249.70, 249.75, 249.90, 250.00, 250.05, 250.50, 251.00 };
        for (var i = 0; i < readings.Length; i++)
        {
            feed.Apply(Counter("gen-7", readings[i], T0.AddMinutes(i * 15)));
        }

        var changes = feed.Events<MaintenanceStatusChanged>();
        Assert.Equal([(MaintenanceStatus.DueSoon, 249.75), (MaintenanceStatus.Due, 250.00)], changes.Select(c => (c.Status, Math.Round(c.Hours, 6))));
        Assert.All(changes, c => Assert.Equal((250.0, "gen-250h"), (c.DueAtHours!.Value, c.PlanId)));

        var raised = Assert.Single(feed.Events<WorkOrderRaised>()).WorkOrder;
        Assert.Equal(("wo-gen-7-gen-250h-250", "gen-7", "gen-250h"), (raised.Id, raised.AssetId, raised.PlanId));
        Assert.Equal((T0.AddMinutes(60), 250.0), (raised.RaisedAt, Math.Round(raised.RaisedAtHours!.Value, 6)));
        Assert.Equal([raised], feed.Engine.OpenWorkOrders);

        var plan = Assert.Single(feed.Asset("gen-7").Maintenance);
        Assert.Equal((MaintenanceStatus.Due, 250.0, 0.0, raised.Id), (plan.Status, plan.DueAtHours!.Value, plan.BasisHours, plan.OpenWorkOrder));
    }

    [Fact]
    public void A_van_counting_ignition_hours_from_nothing_is_due_at_its_first_interval()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Ignition("van-2", true, T0));

        var plan = Assert.Single(feed.Asset("van-2").Maintenance);
        Assert.Equal(("van-500h", 500.0, MaintenanceStatus.Ok), (plan.PlanId, plan.DueAtHours!.Value, plan.Status));
        Assert.Empty(feed.Events<MaintenanceStatusChanged>());
    }

    [Fact]
    public void Plans_apply_to_assets_by_id_and_by_category()
    {
        var model = Demo.Model();

        Assert.Equal(["gen-250h"], model.PlansFor("gen-7").Select(p => p.Id));
        Assert.Equal(["van-500h"], model.PlansFor("van-1").Select(p => p.Id));
        Assert.Empty(model.PlansFor("tool-001"));
    }

    [Fact]
    public void A_machine_far_past_its_first_interval_gets_its_next_multiple_as_due_point()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Counter("gen-7", 1523.4, T0));

        var plan = Assert.Single(feed.Asset("gen-7").Maintenance);
        Assert.Equal((1500.0, 1750.0, MaintenanceStatus.Ok), (plan.BasisHours, plan.DueAtHours!.Value, plan.Status));
    }
}

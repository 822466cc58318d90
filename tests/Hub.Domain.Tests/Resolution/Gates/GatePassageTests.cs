using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Domain.Resolution;
using TrackHub.Hub.Domain.Tests.Support;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.Resolution.Gates;

public sealed class GatePassageTests
{
    [Fact]
    public void Gate_read_sequence_outside_then_inside_checks_the_asset_in()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0.0)),
            Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0.4)),
            Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(1.2)));

        feed.Advance(At(3.0));
        Assert.Empty(feed.Decisions.Passages); // the group window (3 s after the crossing) is still open

        feed.Advance(At(4.5));
        var passage = Assert.Single(feed.Decisions.Passages);
        Assert.Equal(PassageDirection.In, passage.Direction);
        Assert.Equal("main-gate", passage.GateId);
        Assert.Equal(["tool-001"], passage.Assets);
        Assert.Equal(At(0.0), passage.Started);
        Assert.Equal(At(1.2), passage.Ended);

        var drill = feed.Asset("tool-001");
        Assert.Equal(AssetStatus.Available, drill.Status);
        Assert.Equal(new Custodian(CustodianKind.Site, Demo.Site, "North Depot"), drill.Custodian);
        Assert.Equal((Demo.Site, "yard", LocationSources.RfidGate), (drill.Location!.Site, drill.Location.Zone, drill.Location.Source));
        Assert.Equal(At(1.2), drill.Location.Since);

        Assert.Equal(passage.Id, Assert.Single(feed.Events<AssetCheckedIn>()).PassageId);
        Assert.Equal("yard", Assert.Single(feed.Events<AssetMoved>()).To.Zone);
        Assert.Same(passage, Assert.Single(feed.Events<GatePassed>()).Passage);
    }

    [Fact]
    public void Gate_read_sequence_inside_then_outside_checks_the_asset_out_to_the_badge_in_the_passage()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(0.0)),
            Rfid(Demo.AmyBadgeEpc, Demo.InsideAntenna, At(0.3)),
            Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(1.0)),
            Rfid(Demo.AmyBadgeEpc, Demo.OutsideAntenna, At(1.4)));
        feed.Advance(At(10));

        var passage = Assert.Single(feed.Decisions.Passages);
        Assert.Equal(PassageDirection.Out, passage.Direction);
        Assert.Equal(["p-amy"], passage.People);

        var drill = feed.Asset("tool-001");
        Assert.Equal(AssetStatus.CheckedOut, drill.Status);
        Assert.Equal(new Custodian(CustodianKind.Person, "p-amy", "Amy Clarke"), drill.Custodian);
        Assert.Null(drill.Location!.Site); // the demo gate has no outside zone: it left the site
        Assert.Equal(LocationSources.RfidGate, drill.Location.Source);
        var checkedOut = Assert.Single(feed.Events<AssetCheckedOut>());
        Assert.Equal("p-amy", checkedOut.Custodian!.Id);
        Assert.Equal(At(1.0), checkedOut.Timestamp);
    }

    [Fact]
    public void An_asset_leaving_without_a_badge_is_checked_out_to_nobody()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(0)), Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(1)));
        feed.Advance(At(10));

        Assert.Equal(AssetStatus.CheckedOut, feed.Asset("tool-001").Status);
        Assert.Null(feed.Asset("tool-001").Custodian);
        Assert.Null(Assert.Single(feed.Events<AssetCheckedOut>()).Custodian);
    }

    [Fact]
    public void Reads_on_one_antenna_only_make_no_passage()
    {
        var feed = new Feed(Demo.Model());
        for (var i = 0; i < 20; i++)
        {
            feed.Apply(Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(i * 0.5)));
        }

        feed.Advance(At(120));

        Assert.Empty(feed.Decisions.Passages);
        Assert.Equal(0, feed.Engine.OpenPassageCount);
        Assert.Null(feed.Asset("tool-001").Location);
        Assert.Equal(At(9.5), feed.Asset("tool-001").LastSeen);
    }

    [Fact]
    public void Tools_and_a_badge_crossing_together_make_one_passage_with_all_of_them()
    {
        var feed = new Feed(Demo.Model());
        const string Stranger = "e2801160600002040000abcd";
        feed.ApplyAll(
            Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(0.0)),
            Rfid(Demo.AmyBadgeEpc, Demo.InsideAntenna, At(0.2)),
            Rfid(Demo.Drill2Epc, Demo.InsideAntenna, At(0.5)),
            Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(1.1)),
            Rfid(Stranger, Demo.InsideAntenna, At(1.5)),
            Rfid(Demo.AmyBadgeEpc, Demo.OutsideAntenna, At(2.0)),
            Rfid(Demo.Grinder1Epc, Demo.InsideAntenna, At(2.5)),
            Rfid(Demo.Drill2Epc, Demo.OutsideAntenna, At(3.0)),
            Rfid(Stranger, Demo.OutsideAntenna, At(3.6)),
            Rfid(Demo.Grinder1Epc, Demo.OutsideAntenna, At(5.5)));
        feed.Advance(At(30));

        var passage = Assert.Single(feed.Decisions.Passages);
        Assert.Equal(PassageDirection.Out, passage.Direction);
        Assert.Equal(["tool-001", "tool-002", "tool-003"], passage.Assets);
        Assert.Equal(["p-amy"], passage.People);
        Assert.Equal(["epc:" + Stranger], passage.UnknownTags);
        Assert.Equal(At(0.0), passage.Started);
        Assert.Equal(At(5.5), passage.Ended);
        Assert.All(["tool-001", "tool-002", "tool-003"], id => Assert.Equal("p-amy", feed.Asset(id).Custodian?.Id));
        Assert.Equal(3, feed.Events<AssetCheckedOut>().Length);
        Assert.Single(feed.Events<GatePassed>());
    }

    [Fact]
    public void Crossings_further_apart_than_the_group_window_are_separate_passages()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0)),
            Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(1)),
            Rfid(Demo.Drill2Epc, Demo.OutsideAntenna, At(4)),
            Rfid(Demo.Drill2Epc, Demo.InsideAntenna, At(5))); // 4 s after the first crossing; the window is 3 s
        feed.Advance(At(30));

        Assert.Equal([["tool-001"], ["tool-002"]], feed.Decisions.Passages.Select(p => p.Assets));
        Assert.Equal(["tool-002", "tool-001"], feed.Engine.RecentPassages.Select(p => p.Assets[0])); // newest first
    }

    [Fact]
    public void A_later_read_on_the_gate_completes_the_passage_without_waiting_for_the_clock()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0)), Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(1)));
        Assert.Equal(At(4), feed.Engine.NextDecisionAt);

        feed.Apply(Rfid(Demo.Drill2Epc, Demo.InsideAntenna, At(4.5)));

        Assert.Equal(["tool-001"], Assert.Single(feed.Decisions.Passages).Assets);
        Assert.Null(feed.Engine.NextDecisionAt);
    }

    [Fact]
    public void Direction_follows_the_peak_reads_even_when_the_aggregated_reads_arrive_inside_first()
    {
        var feed = new Feed(Demo.Model());

        // Both antennas saw the tag from 0.0 s; the outside antenna peaked at 0.3 s, the inside one at 1.6 s.
        feed.Apply(Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(0.0), peak: At(1.6), last: At(2.0)));
        feed.Apply(Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0.0), peak: At(0.3), last: At(1.1)));
        feed.Advance(At(10));

        var passage = Assert.Single(feed.Decisions.Passages);
        Assert.Equal(PassageDirection.In, passage.Direction);
        Assert.Equal(At(2.0), passage.Ended);
    }

    [Fact]
    public void Reads_on_the_two_sides_further_apart_than_the_gate_window_make_no_passage()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(0)), Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(11)));
        feed.Advance(At(60));

        Assert.Empty(feed.Decisions.Passages);
    }

    [Fact]
    public void An_asset_in_maintenance_keeps_its_status_through_the_gate_but_changes_custody()
    {
        var feed = new Feed(Demo.Model());
        var drill = feed.Asset("tool-001");
        feed.Engine.Restore([drill with { Status = AssetStatus.InMaintenance }], [], [], []);
        feed.ApplyAll(
            Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(0)),
            Rfid(Demo.BenBadgeEpc, Demo.InsideAntenna, At(0.2)),
            Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(1)),
            Rfid(Demo.BenBadgeEpc, Demo.OutsideAntenna, At(1.2)));
        feed.Advance(At(10));

        Assert.Equal(AssetStatus.InMaintenance, feed.Asset("tool-001").Status);
        Assert.Equal("p-ben", feed.Asset("tool-001").Custodian?.Id);
    }
}

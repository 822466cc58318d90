using TrackHub.Domain;
using TrackHub.Domain.Events;
using TrackHub.Hub.Domain.Tests.Support;
using TrackHub.Shared.Configuration;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.Resolution.UnknownTags;

public sealed class UnknownTagTests
{
    private const string StrayEpc = "e28011606000020400001234";

    [Fact]
    public void An_unknown_tag_appears_with_first_and_last_seen_and_where()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Rfid(StrayEpc, Demo.OutsideAntenna, At(0)),
            Rfid(StrayEpc, Demo.OutsideAntenna, At(2)),
            Rfid(StrayEpc, Demo.InsideAntenna, At(5)));

        var tag = Assert.Single(feed.Engine.UnknownTags);
        Assert.Equal(("epc:" + StrayEpc, "rfid"), (tag.Key, tag.Kind));
        Assert.Equal((At(0), At(5), 3L), (tag.FirstSeen, tag.LastSeen, tag.Count));
        Assert.Equal(("north-gate", Demo.Reader, Demo.Site, "gate-lane"), (tag.Gateway, tag.SeenBy, tag.Site, tag.Zone));
        Assert.Equal(tag, feed.Decisions.ChangedUnknownTags["epc:" + StrayEpc]);
        Assert.Equal("epc:" + StrayEpc, Assert.Single(feed.Events<UnknownTagSeen>()).Tag.Key); // the first time only
    }

    [Fact]
    public void An_unknown_beacon_and_an_unknown_tracker_are_placed_by_their_receiver_and_their_fix()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Sighting("ruuvi:c7:11:22:33:44:55", "rx-store", -77, At(0)));
        feed.Apply(Fix("truck-9", 53.4808, -2.2426, At(1)));

        var beacon = feed.Engine.FindUnknownTag("ruuvi:c7:11:22:33:44:55")!;
        Assert.Equal(("ble", "rx-store", Demo.Site, "store"), (beacon.Kind, beacon.SeenBy, beacon.Site, beacon.Zone));
        var tracker = feed.Engine.FindUnknownTag("dev:truck-9")!;
        Assert.Equal(("device", Demo.Site, 53.4808, -2.2426), (tracker.Kind, tracker.Site, tracker.Lat!.Value, tracker.Lon!.Value));
    }

    [Fact]
    public void A_late_read_counts_but_does_not_move_where_the_tag_was_last_seen()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Sighting("ruuvi:c7:11:22:33:44:55", "rx-store", -77, At(10)));
        feed.Apply(Sighting("ruuvi:c7:11:22:33:44:55", "rx-workshop", -70, At(4)));

        var tag = feed.Engine.FindUnknownTag("ruuvi:c7:11:22:33:44:55")!;
        Assert.Equal((At(4), At(10), 2L, "store"), (tag.FirstSeen, tag.LastSeen, tag.Count, tag.Zone));
    }

    [Fact]
    public void After_the_tag_is_assigned_it_leaves_the_list_and_resolves_to_the_asset()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Rfid(StrayEpc, Demo.InsideAntenna, At(0)));
        Assert.Single(feed.Engine.UnknownTags);
        feed.Decisions.Clear();

        var document = Demo.Document();
        document = document with
        {
            Assets = [.. document.Assets.Select(a => a.Id == "tool-002" ? a with { Tags = [.. a.Tags, "epc:" + StrayEpc] } : a)],
        };
        feed.Engine.Reconfigure(Demo.Compile(document), At(60), feed.Decisions);

        Assert.Empty(feed.Engine.UnknownTags);
        Assert.Equal(["epc:" + StrayEpc], feed.Decisions.RemovedUnknownTags);
        var assigned = Assert.Single(feed.Events<TagAssigned>());
        Assert.Equal(("tool-002", "epc:" + StrayEpc), (assigned.AssetId, assigned.TagKey));

        feed.Decisions.Clear();
        feed.ApplyAll(Rfid(StrayEpc, Demo.InsideAntenna, At(100)), Rfid(StrayEpc, Demo.OutsideAntenna, At(101)));
        feed.Advance(At(120));

        Assert.Empty(feed.Engine.UnknownTags);
        Assert.Empty(feed.Decisions.ChangedUnknownTags);
        Assert.Equal(At(101), feed.Asset("tool-002").LastSeen);
        Assert.Equal(["tool-002"], Assert.Single(feed.Decisions.Passages).Assets);
    }

    [Fact]
    public void A_restored_unknown_tag_that_is_now_owned_is_not_listed()
    {
        var model = Demo.Model();
        var engine = new TrackingEngine(model);
        engine.Restore([], [new() { Key = "epc:" + Demo.Drill1Epc, Kind = "rfid", FirstSeen = At(0), LastSeen = At(1) }], [], []);

        Assert.Empty(engine.UnknownTags);
    }

    [Fact]
    public void Tags_without_an_owner_in_a_document_with_no_assets_are_all_unknown()
    {
        var feed = new Feed(Demo.Compile(new SiteDocument()));
        feed.Apply(Counter("gen-7", 10, At(0)));

        Assert.Equal("dev:gen-7", Assert.Single(feed.Engine.UnknownTags).Key);
    }
}

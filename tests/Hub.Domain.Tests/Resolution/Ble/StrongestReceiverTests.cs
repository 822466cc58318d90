using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Domain.Resolution;
using TrackHub.Hub.Domain.Tests.Support;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.Resolution.Ble;

/// <summary>Demo rules: margin 6 dB, window 15 s. rx-workshop hangs in the workshop, rx-store in the tool store.</summary>
public sealed class StrongestReceiverTests
{
    [Fact]
    public void A_beacon_moves_to_a_challenger_only_when_it_is_stronger_by_more_than_the_margin()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Sighting(Demo.Drill1Beacon, "rx-workshop", -70, At(0)),
            Sighting(Demo.Drill1Beacon, "rx-workshop", -71, At(2)),
            Sighting(Demo.Drill1Beacon, "rx-workshop", -70, At(4)));
        Assert.Equal("workshop", feed.Asset("tool-001").Location?.Zone);

        feed.Apply(Sighting(Demo.Drill1Beacon, "rx-store", -65, At(5))); // 5 dB stronger
        feed.Apply(Sighting(Demo.Drill1Beacon, "rx-store", -64, At(6))); // 6 dB: the margin, not more
        Assert.Equal("workshop", feed.Asset("tool-001").Location?.Zone);

        feed.Apply(Sighting(Demo.Drill1Beacon, "rx-store", -63, At(7))); // 7 dB
        var drill = feed.Asset("tool-001");
        Assert.Equal((Demo.Site, "store", LocationSources.Ble, At(7)), (drill.Location!.Site, drill.Location.Zone, drill.Location.Source, drill.Location.Since));
        Assert.Equal([null, "workshop"], feed.Events<AssetMoved>().Select(m => m.From?.Zone));
        Assert.Equal(["workshop", "store"], feed.Events<AssetMoved>().Select(m => m.To.Zone));
    }

    [Fact]
    public void A_weaker_challenger_does_not_move_the_beacon()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Sighting(Demo.Drill1Beacon, "rx-workshop", -70, At(0)),
            Sighting(Demo.Drill1Beacon, "rx-store", -75, At(1)),
            Sighting(Demo.Drill1Beacon, "rx-store", -80, At(2)));

        Assert.Equal("workshop", feed.Asset("tool-001").Location?.Zone);
        Assert.Single(feed.Events<AssetMoved>());
        Assert.Equal(At(2), feed.Asset("tool-001").LastSeen);
    }

    [Fact]
    public void A_challenger_takes_over_when_the_current_receiver_has_not_heard_the_beacon_within_the_window()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Sighting(Demo.Drill1Beacon, "rx-workshop", -60, At(0)),
            Sighting(Demo.Drill1Beacon, "rx-store", -80, At(10))); // still within 15 s of the workshop sighting
        Assert.Equal("workshop", feed.Asset("tool-001").Location?.Zone);

        feed.Apply(Sighting(Demo.Drill1Beacon, "rx-store", -80, At(16)));

        Assert.Equal("store", feed.Asset("tool-001").Location?.Zone);
    }

    [Fact]
    public void A_checked_out_tool_seen_by_a_depot_receiver_is_back_on_site_but_keeps_its_custodian()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Rfid(Demo.Drill1Epc, Demo.InsideAntenna, At(0)),
            Rfid(Demo.AmyBadgeEpc, Demo.InsideAntenna, At(0.2)),
            Rfid(Demo.Drill1Epc, Demo.OutsideAntenna, At(1)),
            Rfid(Demo.AmyBadgeEpc, Demo.OutsideAntenna, At(1.2)));
        feed.Advance(At(5));
        Assert.Null(feed.Asset("tool-001").Location?.Site);

        // The yard receiver still hears it as it drives off: the gate's decision stands for one window.
        feed.Apply(Sighting(Demo.Drill1Beacon, "rx-yard", -85, At(6)));
        Assert.Null(feed.Asset("tool-001").Location?.Site);

        feed.Apply(Sighting(Demo.Drill1Beacon, "rx-workshop", -66, At(3600)));

        var drill = feed.Asset("tool-001");
        Assert.Equal((Demo.Site, "workshop"), (drill.Location!.Site, drill.Location.Zone));
        Assert.Equal(AssetStatus.CheckedOut, drill.Status);
        Assert.Equal("p-amy", drill.Custodian?.Id);
    }

    [Fact]
    public void A_late_sighting_does_not_move_the_beacon_back()
    {
        var feed = new Feed(Demo.Model());
        feed.ApplyAll(
            Sighting(Demo.Drill1Beacon, "rx-workshop", -70, At(100)),
            Sighting(Demo.Drill1Beacon, "rx-store", -40, At(50)));

        Assert.Equal("workshop", feed.Asset("tool-001").Location?.Zone);
        Assert.Equal(At(100), feed.Asset("tool-001").LastSeen);
    }
}

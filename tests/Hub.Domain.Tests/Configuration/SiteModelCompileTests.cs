using TrackHub.Domain;
using TrackHub.Domain.Configuration;
using TrackHub.Hub.Domain.Tests.Support;
using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Domain.Tests.Configuration;

public sealed class SiteModelCompileTests
{
    [Fact]
    public void The_demo_site_compiles_with_its_lookups()
    {
        var model = Demo.Model();

        Assert.Equal(new TagOwner(TagOwnerKind.Person, "p-amy", "Amy Clarke"), model.FindTagOwner("epc:" + Demo.AmyBadgeEpc));
        Assert.Equal(new TagOwner(TagOwnerKind.Asset, "tool-001", "Cordless drill #1"), model.FindTagOwner(Demo.Drill1Beacon));
        Assert.Equal("van-1", model.FindTagOwner("dev:van-1")?.Id);
        Assert.Null(model.FindTagOwner("epc:ffff"));
        Assert.Equal(TimeSpan.Zero, model.TimeZoneOf(Demo.Site)!.GetUtcOffset(new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(1), model.TimeZoneOf(Demo.Site)!.GetUtcOffset(new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(["north-depot-boundary"], model.SiteBoundaries.Select(g => g.Id));
        Assert.Equal(Demo.Site, model.SiteAt(53.4808, -2.2426));
        Assert.Equal("store", model.FindReceiver("rx-store")?.Zone);
    }

    [Fact]
    public void A_gate_with_an_unknown_reader_fails_with_a_message_that_names_the_gate_and_the_reader()
    {
        var document = Demo.Document();
        document = document with { Gates = [document.Gates[0] with { Reader = "gate-rdr" }] };

        var result = SiteModel.Compile(document);

        Assert.False(result.IsValid);
        Assert.Null(result.Model);
        Assert.Equal(["gate 'main-gate': reader 'gate-rdr' is not defined"], result.Errors);
    }

    [Fact]
    public void A_zone_without_a_site_fails_with_a_message_that_names_the_zone()
    {
        var document = Demo.Document();
        document = document with { Zones = [.. document.Zones.Select(z => z.Id == "store" ? z with { Site = "north" } : z)] };

        var result = SiteModel.Compile(document);

        Assert.Contains("zone 'store': site 'north' is not defined", result.Errors);
        Assert.Contains("receiver 'rx-store': zone 'store' is at site 'north', not 'north-depot'", result.Errors);
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Every_problem_in_a_document_is_reported_at_once()
    {
        var result = SiteModel.Compile(Broken());

        Assert.Equal(
            [
                "zone 'bay' is defined more than once",
                "site 'south': time zone 'Mars/Olympus' is not known (use an IANA id such as 'Europe/London')",
                "zone 'lane': area has 2 distinct points; a polygon needs at least 3",
                "zone 'bowtie': area is not a valid polygon (self-intersection)",
                "gateway 'gw-2': site 'east' is not defined",
                "gate 'g1': inside zone 'nowhere' is not defined",
                "geofence 'both': has both a polygon and a circle; give one",
                "geofence 'neither': has neither a polygon nor a circle",
                "geofence 'tiny': polygon has 2 distinct points; at least 3 are needed",
                "gate 'g1': antenna 2 is on both sides",
                "person 'p-amy': tag 'EPC:1234' is not a valid tag key (use epc:, dev:, ibeacon:, eddystone:, altbeacon:, ruuvi:, mac: or eid:)",
                "tag 'epc:30340242201d884000000001' is used by both person 'p-amy' and asset 'tool-1'",
                "asset 'tool-7': tag 'epc:zz' is not a valid tag key (an EPC is lower-case hexadecimal)",
                "maintenance plan 'no-trigger': has no trigger (set everyHours)",
                "maintenance plan 'odd': dueSoonHours 300 must be at least 0 and less than everyHours 250",
                "rules: gateWindowSeconds 0 s is out of range (0, 300]",
                "rules: bleMarginDb -3 dB is out of range [0, 40]",
            ],
            result.Errors);
    }

    [Fact]
    public void Nulls_where_the_document_requires_values_are_reported_not_thrown()
    {
        var document = new SiteDocument
        {
            Sites = [null!, new() { Id = "s", Name = null!, TimeZone = null! }],
            Gates = [new() { Id = "g", Site = "s", Name = "Gate", Reader = null!, OutsideAntennas = null!, InsideAntennas = [1], InsideZone = null! }],
            Receivers = [new() { Id = "rx", Site = null!, Zone = null! }],
            Assets = [new() { Id = "a", Name = "A", Category = null!, Tags = null! }],
            Rules = null!,
        };

        var result = SiteModel.Compile(document);

        Assert.Equal(
            [
                "site #1 is empty",
                "site 's': no name",
                "site 's': no time zone",
                "receiver 'rx': site '' is not defined",
                "receiver 'rx': no zone (a receiver places beacons in its zone)",
                "gate 'g': reader '' is not defined",
                "gate 'g': no inside zone",
                "asset 'a': category and kind must not be empty",
                "gate 'g': needs at least one outside and one inside antenna to tell direction",
                "rules: empty (leave the section out to use the defaults)",
            ],
            result.Errors);
    }

    [Fact]
    public void An_empty_document_is_valid()
    {
        Assert.True(SiteModel.Compile(new SiteDocument()).IsValid);
    }

    private static SiteDocument Broken()
    {
        double[][] square = [[0, 0], [10, 0], [10, 10], [0, 10]];
        return new SiteDocument
        {
            Sites = [new() { Id = "south", Name = "South", TimeZone = "Mars/Olympus" }],
            Zones =
            [
                new() { Id = "bay", Site = "south", Name = "Bay", Area = square },
                new() { Id = "bay", Site = "south", Name = "Bay again" },
                new() { Id = "lane", Site = "south", Name = "Lane", Area = [[0, 0], [5, 5], [0, 0]] },
                new() { Id = "bowtie", Site = "south", Name = "Bow tie", Area = [[0, 0], [10, 10], [10, 0], [0, 10]] },
            ],
            Gateways = [new() { Id = "gw-2", Site = "east" }],
            Readers = [new() { Id = "r1", Site = "south" }],
            Gates = [new() { Id = "g1", Site = "south", Name = "Gate", Reader = "r1", OutsideAntennas = [1, 2], InsideAntennas = [2], InsideZone = "nowhere" }],
            Geofences =
            [
                new() { Id = "both", Name = "Both", Polygon = [[-2.1, 53.1], [-2.0, 53.1], [-2.0, 53.2]], Circle = new() { Lat = 53, Lon = -2, Radius = 50 } },
                new() { Id = "neither", Name = "Neither" },
                new() { Id = "tiny", Name = "Tiny", Polygon = [[-2.1, 53.1], [-2.0, 53.1], [-2.1, 53.1]] },
            ],
            People = [new() { Id = "p-amy", Name = "Amy", Tags = ["EPC:1234", "epc:30340242201d884000000001"] }],
            Assets =
            [
                new() { Id = "tool-1", Name = "Drill", Tags = ["epc:30340242201d884000000001"] },
                new() { Id = "tool-7", Name = "Saw", Tags = ["epc:zz"] },
            ],
            MaintenancePlans =
            [
                new() { Id = "no-trigger", Name = "Look at it", Category = "general" },
                new() { Id = "odd", Name = "Odd", Category = "general", EveryHours = 250, DueSoonHours = 300 },
            ],
            Rules = new() { GateWindowSeconds = 0, BleMarginDb = -3 },
        };
    }
}

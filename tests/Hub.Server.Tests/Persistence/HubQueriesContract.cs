using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Persistence.Json;
using TrackHub.Hub.Persistence.Queries;

namespace TrackHub.Hub.Tests.Persistence;

/// <summary>The API's read queries on every provider (see the derived classes).</summary>
public abstract class HubQueriesContract : StoreTestBase
{
    [Fact]
    public async Task Asset_events_in_a_time_range_are_paged_newest_first()
    {
        // One move a minute for 30 minutes, plus another asset's moves that must never show.
        await Store.SaveAsync(new PipelineCommit
        {
            Events = [.. Enumerable.Range(0, 30).Select(i => Sample.Moved("tool-001", i * 60, $"zone-{i}")), .. Enumerable.Range(0, 5).Select(i => Sample.Moved("gen-7", i * 60, "yard"))],
        }, Ct);

        var from = Sample.At(10 * 60);
        var to = Sample.At(20 * 60);
        var first = await Events.ForAssetAsync("tool-001", from, to, new PageRequest(1, 4), Ct);
        var third = await Events.ForAssetAsync("tool-001", from, to, new PageRequest(3, 4), Ct);

        Assert.Equal(10, first.Total);
        Assert.Equal(["zone-19", "zone-18", "zone-17", "zone-16"], first.Items.Select(ZoneOf));
        Assert.Equal(["zone-11", "zone-10"], third.Items.Select(ZoneOf));
        Assert.All(first.Items, e => Assert.Equal(("asset-moved", "tool-001"), (e.Type, e.AssetId)));
        Assert.Equal(Sample.At(19 * 60), first.Items[0].Timestamp);
        Assert.Equal(Clock.GetUtcNow(), first.Items[0].RecordedAt);
    }

    [Fact]
    public async Task A_time_range_given_in_another_offset_selects_the_same_instants()
    {
        await Store.SaveAsync(new PipelineCommit { Events = [.. Enumerable.Range(0, 10).Select(i => Sample.Moved("tool-001", i * 60, $"zone-{i}"))] }, Ct);
        var plusTwo = TimeSpan.FromHours(2);

        var page = await Events.ForAssetAsync("tool-001", Sample.At(120).ToOffset(plusTwo), Sample.At(300).ToOffset(plusTwo), PageRequest.First, Ct);

        Assert.Equal(["zone-4", "zone-3", "zone-2"], page.Items.Select(ZoneOf));
    }

    [Fact]
    public async Task A_stored_event_reads_back_as_the_same_domain_event()
    {
        var moved = Sample.Moved("tool-001", 42, "workshop", seq: 77);
        await Store.SaveAsync(new PipelineCommit { Events = [moved] }, Ct);

        var view = Assert.Single((await Events.ForAssetAsync("tool-001", null, null, PageRequest.First, Ct)).Items);
        var back = Assert.IsType<AssetMoved>(StoreJson.ReadEvent(view.Data.GetRawText()));

        Assert.Equal("asset-moved", view.Data.GetProperty("type").GetString());
        Assert.Equal("rfid-gate", view.Data.GetProperty("to").GetProperty("source").GetString());
        Same.Json(moved, back);
    }

    [Fact]
    public async Task Every_kind_of_event_reads_back_as_itself()
    {
        var at = Sample.At(1);
        var amy = new Custodian(CustodianKind.Person, "p-amy", "Amy Clarke");
        DomainEvent[] events =
        [
            Sample.Moved("tool-001", 1, "yard"),
            new GatePassed { Timestamp = at, Site = "north-depot", Passage = Sample.Passage("pass-1", 1) },
            new AssetCheckedIn { Timestamp = at, AssetId = "tool-001", PassageId = "pass-1", PreviousCustodian = amy },
            new AssetCheckedOut { Timestamp = at, AssetId = "tool-001", PassageId = "pass-1", Custodian = amy },
            new GeofenceEntered { Timestamp = at, AssetId = "van-12", GeofenceId = "north-depot-fence", Lat = 51.5073129, Lon = -0.1276623 },
            new GeofenceExited { Timestamp = at, AssetId = "van-12", GeofenceId = "north-depot-fence", Lat = 51.5, Lon = -0.13 },
            new RunHoursRecorded { Timestamp = at, AssetId = "gen-7", Hours = 1234.55, Source = "engine" },
            new RunHoursAnomaly { Timestamp = at, AssetId = "gen-7", Reading = 9999.5, Hours = 1234.55, Reason = "the counter jumped 8765 h in 5 s" },
            new MaintenanceStatusChanged { Timestamp = at, AssetId = "gen-7", PlanId = "gen-250h", Status = MaintenanceStatus.Due, DueAtHours = 1250, Hours = 1250.5 },
            new WorkOrderRaised { Timestamp = at, AssetId = "gen-7", WorkOrder = Sample.Order("wo-1", "gen-7", WorkOrderStatus.Open, 1) },
            new UnknownTagSeen { Timestamp = at, Site = "north-depot", Tag = Sample.Unknown("epc:aa01", 1) },
            new TagAssigned { Timestamp = at, AssetId = "tool-001", TagKey = "epc:aa01" },
            new GatewayWentOnline { Timestamp = at, Gateway = "north-gate", SoftwareVersion = "0.3.0" },
            new GatewayWentOffline { Timestamp = at, Gateway = "north-gate" },
        ];
        Assert.Equal(EventQueries.Types.Order(), events.Select(e => e.Type).Order());

        await Store.SaveAsync(new PipelineCommit { Events = events }, Ct);

        var stored = (await Events.SearchAsync(null, [], null, null, PageRequest.First, Ct)).Items.OrderBy(e => e.Id).ToList();
        Assert.Equal(events.Select(e => e.Type), stored.Select(e => e.Type));
        foreach (var (expected, view) in events.Zip(stored))
        {
            Same.Json<object>(expected, StoreJson.ReadEvent(view.Data.GetRawText()));
        }
    }

    [Fact]
    public async Task Asset_search_finds_text_in_name_id_or_tag_regardless_of_case()
    {
        await Store.SaveAsync(new PipelineCommit
        {
            Assets =
            [
                Sample.Drill("tool-001", "Cordless drill #1"),
                Sample.Drill("tool-002", "Bohrhammer ÜBER 50%", "epc:e2801160600002054cc2096f"),
                Sample.Generator(),
            ],
        }, Ct);

        Assert.Equal(["tool-001"], await SearchIds(new AssetSearch { Text = "CORDLESS" }));
        Assert.Equal(["tool-002"], await SearchIds(new AssetSearch { Text = "über" }));
        Assert.Equal(["gen-7"], await SearchIds(new AssetSearch { Text = "GEN-7" }));
        Assert.Equal(["tool-002"], await SearchIds(new AssetSearch { Text = "4CC2096F" }));
        Assert.Equal(["tool-002"], await SearchIds(new AssetSearch { Text = "50%" }));
        Assert.Empty(await SearchIds(new AssetSearch { Text = "%" + "_" }));
    }

    [Fact]
    public async Task Asset_search_filters_combine_and_page_by_name()
    {
        var yard = Sample.Drill().Location!;
        await Store.SaveAsync(new PipelineCommit
        {
            Assets =
            [
                Sample.Drill("tool-001", "Drill A"),
                Sample.Drill("tool-002", "Drill B") with { Status = AssetStatus.Available, Custodian = null },
                Sample.Drill("tool-003", "Drill C") with { Location = yard with { Zone = "store" } },
                Sample.Drill("tool-004", "Drill D") with { Location = yard with { Site = "south-depot", Zone = "yard" } },
                Sample.Drill("tool-005", "Drill E") with { Category = "hand-tools" },
                Sample.Drill("tool-006", "Drill F") with { Status = AssetStatus.Missing, Location = null },
                Sample.Generator(),
            ],
        }, Ct);

        Assert.Equal(["tool-001", "tool-005"], await SearchIds(new AssetSearch { Statuses = [AssetStatus.CheckedOut], Site = "north-depot", Zone = "yard" }));
        Assert.Equal(["tool-001"], await SearchIds(new AssetSearch { Statuses = [AssetStatus.CheckedOut], Site = "north-depot", Zone = "yard", Category = "power-tools" }));
        Assert.Equal(["tool-002", "tool-006"], await SearchIds(new AssetSearch { Statuses = [AssetStatus.Available, AssetStatus.Missing] }));
        Assert.Equal(["tool-004"], await SearchIds(new AssetSearch { Site = "south-depot" }));
        Assert.Equal(["gen-7"], await SearchIds(new AssetSearch { Tag = "dev:gen-7" }));
        Assert.Equal(7, (await Assets.SearchAsync(new AssetSearch { HomeSite = "north-depot" }, PageRequest.First, Ct)).Total);

        var second = await Assets.SearchAsync(new AssetSearch { Text = "drill" }, new PageRequest(2, 4), Ct);
        Assert.Equal((6, 2, 4), (second.Total, second.PageNumber, second.PageSize));
        Assert.Equal(["Drill E", "Drill F"], second.Items.Select(a => a.Name));
        Assert.Equal(["epc:30340242201d884000000001", "ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:10:7"], second.Items[0].Tags);
    }

    [Fact]
    public async Task Work_orders_filter_by_status_and_asset_and_carry_the_asset_name()
    {
        await Store.SaveAsync(new PipelineCommit
        {
            Assets = [Sample.Generator(), Sample.Drill()],
            WorkOrders =
            [
                Sample.Order("wo-1", "gen-7", WorkOrderStatus.Open, 0),
                Sample.Order("wo-2", "gen-7", WorkOrderStatus.InProgress, 100),
                Sample.Order("wo-3", "gen-7", WorkOrderStatus.Done, -100000),
                Sample.Order("wo-4", "tool-001", WorkOrderStatus.Open, 50),
            ],
        }, Ct);
        var orders = Services.GetRequiredService<WorkOrderQueries>();

        var open = await orders.ListAsync([WorkOrderStatus.Open, WorkOrderStatus.InProgress], "gen-7", Ct);

        Assert.Equal(["wo-2", "wo-1"], open.Select(o => o.Id));
        Assert.Equal("Generator 7 kVA", open[0].AssetName);
        Assert.Equal(WorkOrderStatus.InProgress, open[0].Status);
        Assert.Equal(4, (await orders.ListAsync([], null, Ct)).Count);
        Assert.Equal(Sample.At(-100000 + 86400), (await orders.ListAsync([WorkOrderStatus.Done], null, Ct)).Single().CompletedAt);
    }

    [Fact]
    public async Task Gateways_show_the_settled_seq_of_their_current_epoch_and_every_gap()
    {
        await Store.SaveAsync(new PipelineCommit
        {
            Gateways = [Sample.Gateway("north-gate", 2000, 57), Sample.Gateway("bay-3", 5, 9) with { Online = false }],
            Streams = [new GatewayStreamState("north-gate", 1000, 900, [], 3), new GatewayStreamState("north-gate", 2000, 55, [57], 1), new GatewayStreamState("bay-3", 5, 9, [], 0)],
        }, Ct);

        var gateways = await Services.GetRequiredService<GatewayQueries>().ListAsync(Ct);

        Assert.Equal(["bay-3", "north-gate"], gateways.Select(g => g.Id));
        var north = gateways[1];
        Assert.Equal((true, 2000L, 57L, 55L, 4L), (north.Online, north.Epoch, north.LastSeq, north.AcknowledgedSeq, north.Gaps));
        Assert.Equal(["llrp:fx9600-1", "ble:bay-3"], north.Sources);
        Assert.False(gateways[0].Online);
    }

    [Fact]
    public async Task Dead_letters_are_paged_newest_first_by_code_with_their_payload()
    {
        byte[] binary = [0xff, 0xfe, 0x00, 0x41];
        await Store.SaveAsync(new PipelineCommit
        {
            DeadLetters = [.. Enumerable.Range(0, 7).Select(i => Sample.DeadLetter("bad-epc", i)), Sample.DeadLetter("not-json", 100, binary), Sample.DeadLetter("unknown-version", 50)],
        }, Ct);
        var ingest = Services.GetRequiredService<IngestQueries>();

        var badEpc = await ingest.DeadLettersAsync("bad-epc", new PageRequest(2, 5), Ct);
        var newest = (await ingest.DeadLettersAsync(null, PageRequest.First, Ct)).Items[0];
        var stats = await ingest.StatsAsync(Ct);

        Assert.Equal(7, badEpc.Total);
        Assert.Equal([Sample.At(1), Sample.At(0)], badEpc.Items.Select(d => d.ReceivedAt));
        Assert.Equal("{\"t\":\"rfid\",\"epc\":\"zz\"}", badEpc.Items[0].Payload);
        Assert.Equal(("not-json", "base64:" + Convert.ToBase64String(binary)), (newest.Code, newest.Payload));
        Assert.Equal((2, 7L), (newest.ItemIndex, newest.Seq));
        Assert.Equal(9, stats.DeadLetters);
        Assert.Equal(new Dictionary<string, long> { ["bad-epc"] = 7, ["not-json"] = 1, ["unknown-version"] = 1 }, stats.DeadLettersByCode);
    }

    [Fact]
    public async Task Unknown_tags_list_most_recently_seen_first_and_filter_by_site()
    {
        await Store.SaveAsync(new PipelineCommit
        {
            UnknownTags = [Sample.Unknown("epc:aa01", 10), Sample.Unknown("epc:aa02", 30), Sample.Unknown("epc:aa03", 20) with { Site = "south-depot" }],
        }, Ct);
        var tags = Services.GetRequiredService<UnknownTagQueries>();

        Assert.Equal(["epc:aa02", "epc:aa03", "epc:aa01"], (await tags.ListAsync(null, Ct)).Select(t => t.Key));
        Assert.Equal(["epc:aa03"], (await tags.ListAsync("south-depot", Ct)).Select(t => t.Key));
    }

    [Fact]
    public async Task Site_events_filter_by_type_site_and_time()
    {
        var checkedOut = new AssetCheckedOut
        {
            Timestamp = Sample.At(30),
            AssetId = "tool-001",
            Site = "north-depot",
            PassageId = "pass-1",
            Custodian = new Custodian(CustodianKind.Person, "p-amy", "Amy Clarke"),
        };
        var offline = new GatewayWentOffline { Timestamp = Sample.At(40), Site = "north-depot", Gateway = "north-gate" };
        await Store.SaveAsync(new PipelineCommit { Events = [Sample.Moved("tool-001", 10, "yard"), checkedOut, offline, Sample.Moved("tool-009", 50, "yard") with { Site = "south-depot" }] }, Ct);

        var custody = await Events.SearchAsync("north-depot", ["checked-out", "gateway-offline"], null, null, PageRequest.First, Ct);
        var window = await Events.SearchAsync(null, [], Sample.At(20), Sample.At(45), PageRequest.First, Ct);

        Assert.Equal(["gateway-offline", "checked-out"], custody.Items.Select(e => e.Type));
        Assert.Equal("Amy Clarke", custody.Items[1].Data.GetProperty("custodian").GetProperty("name").GetString());
        Assert.Equal("person", custody.Items[1].Data.GetProperty("custodian").GetProperty("kind").GetString());
        Assert.Equal(2, window.Total);
        Assert.Equal(4, (await Events.SearchAsync(null, [], null, null, PageRequest.First, Ct)).Total);
    }

    [Fact]
    public async Task Passages_come_newest_first_with_gate_asset_and_people_names()
    {
        await Store.SaveAsync(new PipelineCommit
        {
            Configuration = new StoredConfiguration(1, Sample.At(-60), Sample.DemoSite(), null),
            Assets = [Sample.Drill(), Sample.Generator()],
            Passages = [Sample.Passage("pass-1", 10), Sample.Passage("pass-2", 20), Sample.Passage("pass-3", 30) with { Site = "south-depot", GateId = "south-gate" }],
        }, Ct);
        var passages = Services.GetRequiredService<PassageQueries>();

        var north = await passages.SearchAsync("north-depot", null, null, null, PageRequest.First, Ct);
        var early = await passages.SearchAsync(null, "main-gate", Sample.At(0), Sample.At(15), PageRequest.First, Ct);

        Assert.Equal(["pass-2", "pass-1"], north.Items.Select(p => p.Id));
        var newest = north.Items[0];
        Assert.Equal(("Main gate", PassageDirection.Out), (newest.GateName, newest.Direction));
        Assert.Equal([new("tool-001", "Cordless drill #1"), new("gen-7", "Generator 7 kVA")], newest.Assets);
        Assert.Equal([new Hub.Views.NamedRef("p-amy", "Amy Clarke")], newest.People);
        Assert.Equal(["epc:e2801160600002054cc2096f"], newest.UnknownTags);
        Assert.Equal(["pass-1"], early.Items.Select(p => p.Id));
        Assert.Equal("south-gate", (await passages.SearchAsync("south-depot", null, null, null, PageRequest.First, Ct)).Items[0].GateName);
    }

    private async Task<IReadOnlyList<string>> SearchIds(AssetSearch search) =>
        [.. (await Assets.SearchAsync(search, PageRequest.First, Ct)).Items.Select(a => a.Id).Order(StringComparer.Ordinal)];

    private static string ZoneOf(Hub.Views.EventView e) => e.Data.GetProperty("to").GetProperty("zone").GetString()!;
}

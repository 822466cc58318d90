using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TrackHub.Domain.Model;
using TrackHub.Hub.Api;
using TrackHub.Hub.Tests.Support;
using TrackHub.Hub.Views;
using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Tests.Ingest;

/// <summary>
/// The whole hub — embedded broker, pipeline, domain, storage, API — fed the way gateways feed it. The same tests run
/// on SQLite and on PostgreSQL.
/// </summary>
public abstract class HubIngestContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    protected HubHost Hub { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Hub = await StartHubAsync();

    public async ValueTask DisposeAsync() => await Hub.DisposeAsync();

    protected abstract Task<HubHost> StartHubAsync();

    [Fact]
    public async Task Gate_reads_outside_then_inside_check_the_asset_in_to_the_yard()
    {
        await Hub.PublishAsync(Obs.Batch(1, Obs.Passage(Start, Obs.Outside, Obs.Inside, Obs.DrillEpc)));
        await Hub.Commits.WaitForAsync(c => c.Passages.Count > 0, "a passage");

        var drill = await Hub.GetAsync<AssetView>("/api/assets/tool-001");
        Assert.Equal(AssetStatus.Available, drill.Status);
        Assert.Equal(("north-depot", "yard", "rfid-gate"), (drill.Location!.Site, drill.Location.Zone, drill.Location.Source));
        Assert.Equal(CustodianKind.Site, drill.Custodian!.Kind);
        var passage = (await Hub.GetAsync<Page<PassageView>>("/api/passages")).Items.Single();
        Assert.Equal((PassageDirection.In, "Main gate"), (passage.Direction, passage.GateName));
        Assert.Equal(["Cordless drill #1"], passage.Assets.Select(a => a.Name));
    }

    [Fact]
    public async Task Gate_reads_inside_then_outside_check_the_asset_out_to_the_person_whose_badge_passed_with_it()
    {
        await Hub.PublishAsync(Obs.Batch(1, Obs.Passage(Start, Obs.Inside, Obs.Outside, Obs.DrillEpc, Obs.GrinderEpc, Obs.AmyBadge)));
        await Hub.Commits.WaitForAsync(c => c.Passages.Count > 0, "a passage");

        var drill = await Hub.GetAsync<AssetView>("/api/assets/tool-001");
        Assert.Equal(AssetStatus.CheckedOut, drill.Status);
        Assert.Equal((CustodianKind.Person, "p-amy", "Amy Clarke"), (drill.Custodian!.Kind, drill.Custodian.Id, drill.Custodian.Name));
        var passage = (await Hub.GetAsync<Page<PassageView>>("/api/passages")).Items.Single();
        Assert.Equal(PassageDirection.Out, passage.Direction);
        Assert.Equal(["tool-001", "tool-003"], passage.Assets.Select(a => a.Id).Order());
        Assert.Equal(["Amy Clarke"], passage.People.Select(p => p.Name));
    }

    [Fact]
    public async Task A_redelivered_batch_is_applied_once_and_acknowledged_to_the_gateway()
    {
        var batch = Obs.Batch(1, Obs.Passage(Start, Obs.Outside, Obs.Inside, Obs.DrillEpc));
        await Hub.PublishAsync(batch);
        await Hub.PublishAsync(batch);
        await Hub.PublishAsync(Obs.Batch(2, [Obs.Rfid(Start.AddSeconds(30), Obs.Inside, Obs.DrillEpc)]));
        await Hub.Commits.WaitForAsync(c => c.Streams.Any(s => s.Watermark == 2), "seq 2 stored");

        var stats = await Hub.GetAsync<IngestStatsView>("/api/ingest/stats");
        Assert.Equal((2L, 3L), (stats.Batches, stats.Observations));
        Assert.Equal(1, stats.SinceStart!.DuplicateBatches);
        var gateway = (await Hub.GetAsync<GatewayView[]>("/api/gateways")).Single();
        Assert.Equal((1764748800000L, 2L), (gateway.Epoch, gateway.LastSeq));
    }

    [Fact]
    public async Task A_malformed_envelope_is_dead_lettered_whole_with_its_reason_and_counted()
    {
        await Hub.PublishRawAsync("trackhub/v1/gw/north-gate/obs", """{"v":1,"gw":"north-gate","seq":3,"obs":[]}""");
        await Hub.PublishRawAsync("trackhub/v1/gw/north-gate/obs", "{not json");
        await WaitForDeadLettersAsync(2);

        var letters = (await Hub.GetAsync<Page<DeadLetterView>>("/api/deadletters")).Items.OrderBy(d => d.Id).ToArray();
        Assert.Equal(["missing-field", "not-json"], letters.Select(l => l.Code));
        Assert.All(letters, l => Assert.Equal("envelope", l.Scope));
        Assert.Contains("'epoch'", letters[0].Reason, StringComparison.Ordinal);
        Assert.Equal("{not json", letters[1].Payload);
        var stats = await Hub.GetAsync<IngestStatsView>("/api/ingest/stats");
        Assert.Equal((0L, 2L), (stats.Batches, stats.DeadLetters));
        Assert.Equal(2, stats.SinceStart!.RejectedEnvelopes);
    }

    [Fact]
    public async Task A_bad_item_is_dead_lettered_alone_and_the_rest_of_its_batch_is_applied()
    {
        var now = Start.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        await Hub.PublishRawAsync("trackhub/v1/gw/north-gate/obs", $$"""
            {"v":1,"gw":"north-gate","epoch":1764748800000,"seq":1,"oldest":1,"obs":[
              {"t":"gps","ts":"{{now}}","dev":"van-1","lat":53.4808,"lon":-2.2426},
              {"t":"gps","ts":"{{now}}","dev":"van-2","lat":953.4808,"lon":-2.2426},
              {"t":"io","ts":"{{now}}","dev":"van-1","ign":true}
            ]}
            """);
        await Hub.Commits.WaitForAssetAsync("van-1", a => a.Location?.Lat is not null, "has a position");

        var letter = (await Hub.GetAsync<Page<DeadLetterView>>("/api/deadletters")).Items.Single();
        Assert.Equal(("item", "item-invalid", 1), (letter.Scope, letter.Code, letter.ItemIndex));
        Assert.Contains("'lat' 953.4808", letter.Reason, StringComparison.Ordinal);
        Assert.Contains("\"van-2\"", letter.Payload, StringComparison.Ordinal);
        var van = await Hub.GetAsync<AssetView>("/api/assets/van-1");
        Assert.Equal((53.4808, -2.2426), (van.Location!.Lat, van.Location.Lon));
        var stats = await Hub.GetAsync<IngestStatsView>("/api/ingest/stats");
        Assert.Equal((1L, 3L, 2L), (stats.Batches, stats.Observations, stats.AcceptedObservations));
    }

    [Fact]
    public async Task A_configuration_with_an_unknown_reader_or_a_zone_without_a_site_is_refused_naming_the_items_and_changes_nothing()
    {
        var before = await Hub.Http.GetStringAsync("/api/config", Ct);
        var document = JsonSerializer.Deserialize(before, ConfigurationJsonContext.Default.SiteDocument)!;
        var broken = document with
        {
            Gates = [.. document.Gates.Select(g => g with { Reader = "gate-rdr" })],
            Zones = [.. document.Zones, new ZoneDefinition { Id = "loft", Site = "south-depot", Name = "Loft" }],
            Assets = [.. document.Assets.Where(a => a.Id != "tool-001")],
        };

        var response = await Hub.Http.PostAsJsonAsync("/api/config", broken, ConfigurationJsonContext.Default.SiteDocument, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("gate-rdr", problem, StringComparison.Ordinal);
        Assert.Contains("main-gate", problem, StringComparison.Ordinal);
        Assert.Contains("loft", problem, StringComparison.Ordinal);
        Assert.Contains("south-depot", problem, StringComparison.Ordinal);
        Assert.Equal(before, await Hub.Http.GetStringAsync("/api/config", Ct));
        Assert.Equal("Cordless drill #1", (await Hub.GetAsync<AssetView>("/api/assets/tool-001")).Name);
    }

    [Fact]
    public async Task An_unknown_tag_is_listed_with_where_it_was_seen_and_once_assigned_its_reads_move_the_asset()
    {
        const string stray = "e2801160600002054cc2096f";
        await Hub.PublishAsync(Obs.Batch(1, [Obs.Rfid(Start, Obs.Inside, stray)]));
        await Hub.Commits.WaitForAsync(c => c.UnknownTags.Count > 0, "an unknown tag");

        var unknown = (await Hub.GetAsync<UnknownTagView[]>("/api/tags/unknown")).Single();
        Assert.Equal(("epc:" + stray, "rfid", "gate-reader", "north-gate"), (unknown.Key, unknown.Kind, unknown.SeenBy, unknown.Gateway));
        Assert.Equal(Start, unknown.FirstSeen);

        var assign = await Hub.Http.PostAsJsonAsync($"/api/tags/{Uri.EscapeDataString(unknown.Key)}/assign", new { assetId = "tool-045" }, Ct);
        Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
        Assert.Empty(await Hub.GetAsync<UnknownTagView[]>("/api/tags/unknown"));

        await Hub.PublishAsync(Obs.Batch(2, Obs.Passage(Start.AddMinutes(1), Obs.Outside, Obs.Inside, stray)));
        await Hub.Commits.WaitForAsync(c => c.Passages.Count > 0, "a passage");
        var asset = await Hub.GetAsync<AssetView>("/api/assets/tool-045");
        Assert.Contains("epc:" + stray, asset.Tags);
        Assert.Equal("yard", asset.Location!.Zone);
        var found = await Hub.GetAsync<Page<AssetView>>($"/api/assets?tag={Uri.EscapeDataString("epc:" + stray)}");
        Assert.Equal(["tool-045"], found.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task Assigning_a_tag_that_belongs_to_someone_else_is_a_conflict_that_names_the_owner()
    {
        var response = await Hub.Http.PostAsJsonAsync($"/api/tags/{Uri.EscapeDataString("epc:" + Obs.AmyBadge)}/assign", new { assetId = "tool-001" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("p-amy", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_status_and_its_last_will_show_it_online_then_offline()
    {
        await Hub.PublishRawAsync("trackhub/v1/gw/north-gate/status",
            """{"v":1,"gw":"north-gate","online":true,"epoch":1764748800000,"version":"0.3.0","started":"2026-12-03T07:00:00Z","sources":["llrp:gate-reader"]}""");
        await Hub.Commits.WaitForAsync(c => c.Gateways.Any(g => g.Online), "gateway online");
        var online = (await Hub.GetAsync<GatewayView[]>("/api/gateways")).Single();
        Assert.Equal((true, "0.3.0"), (online.Online, online.SoftwareVersion));
        Assert.Equal(["llrp:gate-reader"], online.Sources);

        await Hub.PublishRawAsync("trackhub/v1/gw/north-gate/status", """{"v":1,"gw":"north-gate","online":false,"epoch":1764748800000}""");
        await Hub.Commits.WaitForAsync(c => c.Gateways.Any(g => !g.Online), "gateway offline");
        Assert.False((await Hub.GetAsync<GatewayView[]>("/api/gateways")).Single().Online);
    }

    private async Task WaitForDeadLettersAsync(int count)
    {
        await Hub.Commits.WaitForAsync(_ => true, "any commit");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await Hub.GetAsync<IngestStatsView>("/api/ingest/stats")).DeadLetters < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} dead letters after 20 s");
            await Hub.Commits.WaitForAsync(_ => true, "another commit");
        }
    }
}

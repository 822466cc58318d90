using System.Net;
using System.Text.Json;

namespace TrackHub.Hub.Tests.Api;

public sealed class ReadEndpointTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> Get(string path) => server.Client.GetAsync(new Uri(path, UriKind.Relative), Ct);

    [Fact]
    public async Task Asset_search_returns_a_page_of_assets_with_statuses_in_kebab_case()
    {
        var page = await (await Get("/api/assets?status=checked-out,in-maintenance&site=north-depot")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var drill = page.GetProperty("items")[0];
        Assert.Equal(("tool-001", "checked-out"), (drill.GetProperty("id").GetString(), drill.GetProperty("status").GetString()));
        Assert.Equal("person", drill.GetProperty("custodian").GetProperty("kind").GetString());
        Assert.Equal("yard", drill.GetProperty("location").GetProperty("zone").GetString());
        Assert.Equal("north-gate/1764748800000/12#0", drill.GetProperty("location").GetProperty("evidence")[0].GetString());
        var generator = page.GetProperty("items")[1];
        Assert.Equal("due-soon", generator.GetProperty("maintenance")[0].GetProperty("status").GetString());
        Assert.True(generator.GetProperty("runHours").GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task Asset_search_by_text_and_tag_finds_the_asset()
    {
        var byText = await (await Get("/api/assets?q=GRINDER")).JsonAsync(HttpStatusCode.OK);
        var byTag = await (await Get("/api/assets?tag=dev:gen-7")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("tool-002", Assert.Single(byText.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("gen-7", Assert.Single(byTag.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/assets?page=0", "page")]
    [InlineData("/api/assets?page=first", "page")]
    [InlineData("/api/assets?pageSize=0", "pageSize")]
    [InlineData("/api/assets?pageSize=501", "pageSize")]
    [InlineData("/api/assets?status=lost", "status")]
    [InlineData("/api/assets/tool-001/events?pageSize=-1", "pageSize")]
    [InlineData("/api/assets/tool-001/events?to=yesterday", "to")]
    [InlineData("/api/assets/tool-001/events?from=2026-12-03T11:00:00Z&to=2026-12-03T10:00:00Z", "from")]
    [InlineData("/api/deadletters?page=-3", "page")]
    [InlineData("/api/workorders?status=finished", "status")]
    [InlineData("/api/events?type=teleported", "type")]
    [InlineData("/api/passages?from=noon", "from")]
    public async Task A_bad_query_parameter_is_a_problem_that_names_it(string path, string parameter)
    {
        var problem = await (await Get(path)).ProblemAsync(HttpStatusCode.BadRequest);

        var messages = problem.GetProperty("errors").GetProperty(parameter).Strings();
        Assert.Contains(parameter, Assert.Single(messages), StringComparison.Ordinal);
        Assert.Contains(parameter, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_status_lists_the_statuses_that_exist()
    {
        var problem = await (await Get("/api/assets?status=lost")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("available, checked-out, in-maintenance, unavailable, missing, retired", problem.GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_asset_is_found_by_id_and_an_unknown_id_is_a_404_problem()
    {
        var asset = await (await Get("/api/assets/gen-7")).JsonAsync(HttpStatusCode.OK);
        var missing = await (await Get("/api/assets/no-such-thing")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(1234.55, asset.GetProperty("runHours").GetProperty("hours").GetDouble());
        Assert.Equal("in-maintenance", asset.GetProperty("status").GetString());
        Assert.Contains("no-such-thing", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asset_events_in_a_range_come_newest_first_in_pages()
    {
        var page = await (await Get("/api/assets/tool-001/events?from=2026-12-03T10:02:00Z&to=2026-12-03T10:08:00.010Z&page=2&pageSize=4")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(6, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["zone-3", "zone-2"], items.Select(e => e.GetProperty("data").GetProperty("to").GetProperty("zone").GetString()));
        Assert.Equal("asset-moved", items[0].GetProperty("type").GetString());
        Assert.Equal("2026-12-03T10:03:00.010Z", items[0].GetProperty("timestamp").GetString());
        Assert.Equal("2026-12-03T10:03:00.010Z", items[0].GetProperty("data").GetProperty("timestamp").GetString());
        await (await Get("/api/assets/nobody/events")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Site_history_lists_events_by_type_and_passages_with_names()
    {
        var moves = await (await Get("/api/events?site=north-depot&type=asset-moved&pageSize=5")).JsonAsync(HttpStatusCode.OK);
        var passages = await (await Get("/api/passages?site=north-depot")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((12, 5), (moves.GetProperty("total").GetInt32(), moves.GetProperty("items").GetArrayLength()));
        var newest = passages.GetProperty("items")[0];
        Assert.Equal(("pass-2", "in", "Main gate"), (newest.GetProperty("id").GetString(), newest.GetProperty("direction").GetString(), newest.GetProperty("gateName").GetString()));
        Assert.Equal("Amy Clarke", newest.GetProperty("people")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Sites_come_from_the_active_configuration_with_what_a_map_draws()
    {
        var sites = await (await Get("/api/sites")).JsonAsync(HttpStatusCode.OK);
        var site = await (await Get("/api/sites/north-depot")).JsonAsync(HttpStatusCode.OK);

        var depot = Assert.Single(sites.EnumerateArray());
        Assert.Equal(("North Depot", "Europe/London"), (depot.GetProperty("name").GetString(), depot.GetProperty("timeZone").GetString()));
        Assert.Equal(120, site.GetProperty("plan").GetProperty("width").GetDouble());
        Assert.Contains("yard", site.GetProperty("zones").EnumerateArray().Select(z => z.GetProperty("id").GetString()));
        Assert.NotEqual(0, site.GetProperty("gates").GetArrayLength());
        await (await Get("/api/sites/atlantis")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Work_orders_filter_by_status_and_asset()
    {
        var open = await (await Get("/api/workorders?status=open&assetId=gen-7")).JsonAsync(HttpStatusCode.OK);
        var all = await (await Get("/api/workorders")).JsonAsync(HttpStatusCode.OK);

        var order = Assert.Single(open.EnumerateArray());
        Assert.Equal(("wo-1", "Generator 7 kVA", "open"), (order.GetProperty("id").GetString(), order.GetProperty("assetName").GetString(), order.GetProperty("status").GetString()));
        Assert.Equal(2, all.GetArrayLength());
    }

    [Fact]
    public async Task Gateways_unknown_tags_and_dead_letters_are_listed()
    {
        var gateway = (await (await Get("/api/gateways")).JsonAsync(HttpStatusCode.OK))[0];
        var unknown = (await (await Get("/api/tags/unknown")).JsonAsync(HttpStatusCode.OK))[0];
        var deadLetters = await (await Get("/api/deadletters?code=bad-epc&page=3&pageSize=5")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("north-gate", 12, 1), (gateway.GetProperty("id").GetString(), gateway.GetProperty("acknowledgedSeq").GetInt64(), gateway.GetProperty("gaps").GetInt64()));
        Assert.Equal(("epc:e2801160600002054cc2096f", "gate-lane"), (unknown.GetProperty("key").GetString(), unknown.GetProperty("zone").GetString()));
        Assert.Equal(12, deadLetters.GetProperty("total").GetInt32());
        Assert.Equal(2, deadLetters.GetProperty("items").GetArrayLength());
        Assert.Equal("rejected: bad-epc", deadLetters.GetProperty("items")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Ingest_stats_count_what_the_database_holds()
    {
        var stats = await (await Get("/api/ingest/stats")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((12, 60, 48, 13), (stats.GetProperty("batches").GetInt64(), stats.GetProperty("observations").GetInt64(), stats.GetProperty("acceptedObservations").GetInt64(), stats.GetProperty("deadLetters").GetInt64()));
        Assert.Equal(12, stats.GetProperty("deadLettersByCode").GetProperty("bad-epc").GetInt64());
        Assert.Equal(1, stats.GetProperty("deadLettersByCode").GetProperty("not-json").GetInt64());
    }

    [Fact]
    public async Task The_configuration_comes_back_in_the_shape_it_is_imported_with_its_version_as_ETag()
    {
        var response = await Get("/api/config");
        var document = await response.JsonAsync(HttpStatusCode.OK);

        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("../../docs/schemas/site-config.schema.json", document.GetProperty("$schema").GetString());
        var demo = Persistence.Sample.DemoSite();
        Assert.Equal(demo.Assets.Count, document.GetProperty("assets").GetArrayLength());
        Assert.Equal(demo.Assets[0].Id, document.GetProperty("assets")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints_and_kebab_case_statuses()
    {
        var openApi = await (await Get("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);

        var paths = openApi.GetProperty("paths");
        foreach (var path in (string[])["/api/assets", "/api/assets/{id}", "/api/assets/{id}/events", "/api/events", "/api/passages", "/api/sites", "/api/workorders", "/api/gateways", "/api/tags/unknown", "/api/tags/{key}/assign", "/api/config", "/api/deadletters", "/api/ingest/stats"])
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        var status = openApi.GetProperty("components").GetProperty("schemas").GetProperty("AssetStatus");
        Assert.Contains("checked-out", status.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Object, paths.GetProperty("/api/config").GetProperty("post").GetProperty("requestBody").ValueKind);
        var eventView = openApi.GetProperty("components").GetProperty("schemas").GetProperty("EventView").GetProperty("properties");
        Assert.Equal("date-time", eventView.GetProperty("timestamp").GetProperty("format").GetString());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using TrackHub.Hub.Pipeline;
using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Tests.Api;

/// <summary>How the write endpoints map requests to <see cref="IPipelineCommands"/> and its results to HTTP.</summary>
public sealed class WriteEndpointTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string DemoJson = File.ReadAllText(Testing.RepoPaths.InRepo("deploy", "demo", "site.json"));

    private Task<HttpResponseMessage> Post(string path, string json, string mediaType = "application/json") =>
        server.Client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, mediaType), Ct);

    [Fact]
    public async Task Importing_a_configuration_passes_the_document_and_note_and_returns_the_new_version()
    {
        server.Commands.NextResult = CommandResult.Ok(7);
        var before = server.Commands.Imports.Count;

        var accepted = await (await Post("/api/config?note=added%20bay%204", DemoJson)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(7, accepted.GetProperty("configurationVersion").GetInt64());
        var (document, note) = server.Commands.Imports.ElementAt(before);
        Assert.Equal("added bay 4", note);
        Assert.Equal("north-depot", document.Sites[0].Id);
        Assert.Equal(Persistence.Sample.DemoSite().Assets.Count, document.Assets.Count);
    }

    [Fact]
    public async Task A_configuration_with_an_unknown_property_is_refused_naming_it_and_never_reaches_the_pipeline()
    {
        var before = server.Commands.Imports.Count;
        var misspelt = DemoJson.Replace("\"timeZone\"", "\"colour\": \"red\", \"timeZone\"", StringComparison.Ordinal);

        var problem = await (await Post("/api/config", misspelt)).ProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("$.sites[0].colour", error.Name);
        Assert.Contains("'colour'", error.Value[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, server.Commands.Imports.Count);
    }

    [Fact]
    public async Task A_configuration_the_pipeline_finds_invalid_is_a_400_listing_every_error()
    {
        server.Commands.NextResult = CommandResult.Invalid(["gates[0].reader 'fx-9' does not exist", "assets[3].site 'south' does not exist"]);

        var problem = await (await Post("/api/config", DemoJson)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["gates[0].reader 'fx-9' does not exist", "assets[3].site 'south' does not exist"], problem.GetProperty("errors").GetProperty("document").Strings());
    }

    [Fact]
    public async Task A_configuration_that_is_not_JSON_is_refused_with_a_problem()
    {
        await (await Post("/api/config", "sites: []", "text/yaml")).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var broken = await (await Post("/api/config", "{\"sites\": [")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("$", Assert.Single(broken.GetProperty("errors").EnumerateObject()).Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assigning_a_tag_passes_the_key_and_asset_to_the_pipeline()
    {
        server.Commands.NextResult = CommandResult.Ok(3);

        var response = await server.Client.PostAsJsonAsync("/api/tags/epc:e2801160600002054cc2096f/assign", new { assetId = "tool-002" }, Ct);

        Assert.Equal(3, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("configurationVersion").GetInt64());
        Assert.Contains(("epc:e2801160600002054cc2096f", "tool-002"), server.Commands.Assignments);
    }

    [Theory]
    [InlineData(CommandFailure.NotFound, HttpStatusCode.NotFound)]
    [InlineData(CommandFailure.Conflict, HttpStatusCode.Conflict)]
    public async Task A_refused_assignment_maps_to_its_status_with_the_reason(CommandFailure failure, HttpStatusCode status)
    {
        const string Reason = "asset 'tool-404' is not in the configuration";
        server.Commands.NextResult = failure == CommandFailure.NotFound ? CommandResult.NotFound(Reason) : CommandResult.Conflict(Reason);

        var problem = await (await Post("/api/tags/epc:aa01/assign", "{\"assetId\":\"tool-404\"}")).ProblemAsync(status);

        Assert.Equal(Reason, problem.GetProperty("detail").GetString());
        Assert.Equal([Reason], problem.GetProperty("errors").Strings());
    }

    [Theory]
    [InlineData("/api/tags/epc:aa01/assign", "{}", "assetId")]
    [InlineData("/api/tags/epc:aa01/assign", "{\"assetId\":\"tool-001\",\"asset\":\"x\"}", "$.asset")]
    [InlineData("/api/tags/qr:12345/assign", "{\"assetId\":\"tool-001\"}", "key")]
    public async Task A_bad_assignment_request_is_a_problem_naming_the_field(string path, string body, string field)
    {
        var before = server.Commands.Assignments.Count;

        var problem = await (await Post(path, body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, server.Commands.Assignments.Count);
    }
}

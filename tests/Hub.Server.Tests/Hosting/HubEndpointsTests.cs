using System.Net;
using System.Text.Json;
using TrackHub.Hub.Tests.Support;

namespace TrackHub.Hub.Tests.Hosting;

/// <summary>The endpoints a person finds first on a running hub, wired exactly as Program.cs wires them.</summary>
public sealed class HubEndpointsTests : IAsyncLifetime
{
    private HubHost _hub = null!;

    public async ValueTask InitializeAsync() => _hub = await HubHost.StartAsync();

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        using var response = await _hub.Http.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/assets", paths);
        Assert.Contains("/api/tags/{key}/assign", paths);
        Assert.Contains("/health", paths);
    }

    [Fact]
    public async Task Health_says_ok_with_the_configured_site_once_the_pipeline_runs()
    {
        using var health = JsonDocument.Parse(await _hub.Http.GetStringAsync("/health", TestContext.Current.CancellationToken));

        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(["north-depot"], health.RootElement.GetProperty("sites").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("""{"sites":[{"id":"a","name":"A","timeZone":"UTC"}],"assets":[{"id":"x","nmae":"X"}]}""", "$.assets[0].nmae", "'nmae' is not a property here")]
    [InlineData("""{"rules":{"gateWindowSeconds":"ten"}}""", "$.rules.gateWindowSeconds", "wrong type")]
    [InlineData("""{"sites":[{"id":"a"}]}""", "$.sites[0]", "required properties are missing: 'name', 'timeZone'")]
    public async Task A_configuration_a_person_mistyped_is_refused_in_the_words_of_the_document(string body, string path, string message)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _hub.Http.PostAsync("/api/config", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(JsonSerializer.Serialize(path), problem, StringComparison.Ordinal);
        Assert.Contains(message, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("TrackHub.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_is_a_problem_details_404()
    {
        using var response = await _hub.Http.GetAsync("/api/nothing-here", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

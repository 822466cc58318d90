using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrackHub.Domain.Model;
using TrackHub.Hub.Api;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Pipeline;
using TrackHub.Hub.Tests.Persistence;

namespace TrackHub.Hub.Tests.Api;

/// <summary>
/// The API on a real Kestrel (loopback, a port the OS picks) over a SQLite file seeded through
/// <see cref="IHubStore.SaveAsync"/>, wired with the same extension methods the hub uses.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trackhub-api-");
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public RecordingPipelineCommands Commands { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = _folder.FullName });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = Path.Combine(_folder.FullName, "data") });
        builder.Services.AddTrackHubPersistence(builder.Configuration).AddTrackHubApi();
        builder.Services.AddSingleton<IPipelineCommands>(Commands);
        _app = builder.Build();
        _app.MapTrackHubApi();
        await _app.StartAsync(TestContext.Current.CancellationToken);

        var store = _app.Services.GetRequiredService<IHubStore>();
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        await store.SaveAsync(Seed(), TestContext.Current.CancellationToken);

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(TestContext.Current.CancellationToken);
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    /// <summary>The demo depot after a morning: a drill checked out to Amy, a generator in the workshop due for service.</summary>
    private static PipelineCommit Seed() => new()
    {
        Configuration = new StoredConfiguration(1, Sample.At(-3600), Sample.DemoSite(), "demo"),
        Assets = [Sample.Drill(), Sample.Drill("tool-002", "Angle grinder") with { Status = AssetStatus.Available, Custodian = null }, Sample.Generator()],
        Events = [.. Enumerable.Range(0, 12).Select(i => Sample.Moved("tool-001", i * 60, $"zone-{i}"))],
        WorkOrders = [Sample.Order("wo-1", "gen-7", WorkOrderStatus.Open, 0), Sample.Order("wo-0", "gen-7", WorkOrderStatus.Done, -90000)],
        Passages = [Sample.Passage("pass-1", 100), Sample.Passage("pass-2", 200) with { Direction = PassageDirection.In }],
        Gateways = [Sample.Gateway("north-gate", 1764748800000, 12)],
        Streams = [new GatewayStreamState("north-gate", 1764748800000, 12, [], 1)],
        UnknownTags = [Sample.Unknown("epc:e2801160600002054cc2096f", 10)],
        Batches = [.. Enumerable.Range(1, 12).Select(i => Sample.Batch(i, items: 5, accepted: 4))],
        DeadLetters = [.. Enumerable.Range(0, 12).Select(i => Sample.DeadLetter("bad-epc", i)), Sample.DeadLetter("not-json", 20)],
    };
}

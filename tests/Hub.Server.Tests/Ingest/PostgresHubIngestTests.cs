using TrackHub.Hub.Tests.Support;
using TrackHub.Testing;

namespace TrackHub.Hub.Tests.Ingest;

public sealed class PostgresHubIngestTests(PostgresServer server) : HubIngestContract
{
    protected override async Task<HubHost> StartHubAsync() =>
        await HubHost.StartAsync(await server.CreateDatabaseAsync("hub", TestContext.Current.CancellationToken));
}

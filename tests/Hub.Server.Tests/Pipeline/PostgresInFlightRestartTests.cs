using TrackHub.Hub.Tests.Support;
using TrackHub.Testing;

namespace TrackHub.Hub.Tests.Pipeline;

public sealed class PostgresInFlightRestartTests(PostgresServer server) : InFlightRestartContract
{
    private string? _database;

    protected override async Task<HubHost> StartHubAsync() =>
        await HubHost.StartAsync(_database ??= await server.CreateDatabaseAsync("inflight", TestContext.Current.CancellationToken));
}

using TrackHub.Hub.Tests.Support;

namespace TrackHub.Hub.Tests.Ingest;

public sealed class SqliteHubIngestTests : HubIngestContract
{
    protected override Task<HubHost> StartHubAsync() => HubHost.StartAsync();
}

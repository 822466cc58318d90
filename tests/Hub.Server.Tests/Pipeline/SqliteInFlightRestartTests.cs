using TrackHub.Hub.Tests.Support;

namespace TrackHub.Hub.Tests.Pipeline;

public sealed class SqliteInFlightRestartTests : InFlightRestartContract, IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("trackhub-inflight-");

    public void Dispose() => _data.Delete(recursive: true);

    protected override Task<HubHost> StartHubAsync() => HubHost.StartAsync(dataDirectory: _data.FullName);
}

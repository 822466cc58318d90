using TrackHub.Domain.Model;
using TrackHub.Hub.Api;
using TrackHub.Hub.Tests.Support;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Tests.Pipeline;

public sealed class RestartTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("trackhub-restart-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task After_a_restart_the_hub_keeps_its_decisions_and_still_refuses_batches_it_has_applied()
    {
        var outward = Obs.Batch(1, Obs.Passage(Start, Obs.Inside, Obs.Outside, Obs.DrillEpc, Obs.AmyBadge));
        await using (var first = await HubHost.StartAsync(dataDirectory: _data.FullName))
        {
            await first.PublishAsync(outward);
            await first.Commits.WaitForAsync(c => c.Passages.Count > 0, "the passage");
        }

        await using var second = await HubHost.StartAsync(dataDirectory: _data.FullName);
        await second.PublishAsync(outward);
        await second.PublishAsync(Obs.Batch(2, [Obs.Rfid(Start.AddMinutes(5), Obs.Outside, Obs.GrinderEpc)]));
        await second.Commits.WaitForAsync(c => c.Streams.Any(s => s.Watermark == 2), "seq 2 stored");

        var drill = await second.GetAsync<AssetView>("/api/assets/tool-001");
        Assert.Equal((AssetStatus.CheckedOut, "p-amy"), (drill.Status, drill.Custodian!.Id));
        var stats = await second.GetAsync<IngestStatsView>("/api/ingest/stats");
        Assert.Equal((2L, 1L), (stats.Batches, stats.SinceStart!.DuplicateBatches));
        Assert.Single((await second.GetAsync<Page<PassageView>>("/api/passages")).Items);
    }
}

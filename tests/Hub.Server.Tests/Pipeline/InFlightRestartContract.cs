using Microsoft.Extensions.DependencyInjection;
using TrackHub.Domain.Model;
using TrackHub.Hub.Api;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Tests.Support;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Tests.Pipeline;

/// <summary>
/// Reads the hub had stored and acknowledged before it stopped still count after it restarts: the engine's in-flight
/// state travels in each commit. The same tests run on SQLite and on PostgreSQL.
/// </summary>
public abstract class InFlightRestartContract
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A hub on this test's data (the same data at every call).</summary>
    protected abstract Task<HubHost> StartHubAsync();

    [Fact]
    public async Task A_passage_read_outside_before_a_restart_and_inside_after_it_checks_the_asset_in()
    {
        await using (var first = await StartHubAsync())
        {
            await first.PublishAsync(Obs.Batch(1, [Obs.Rfid(Start, Obs.Outside, Obs.DrillEpc), Obs.Rfid(Start.AddMilliseconds(400), Obs.Outside, Obs.DrillEpc, -50)]));
            await first.Commits.WaitForAsync(c => c.Streams.Any(s => s.Watermark == 1), "seq 1 stored");

            // Stored with the batch, before its acknowledgement: a crash from here on loses nothing.
            var stored = (await first.Services.GetRequiredService<IHubStore>().LoadAsync(Ct)).Checkpoint;
            Assert.Equal([Obs.DrillEpc], stored!.GateTracks.Select(t => t.Epc));
        }

        await using var second = await StartHubAsync();
        await second.PublishAsync(Obs.Batch(2, [Obs.Rfid(Start.AddMilliseconds(1200), Obs.Inside, Obs.DrillEpc, -48)]));
        await second.Commits.WaitForAsync(c => c.Passages.Count > 0, "the passage");

        var drill = await second.GetAsync<AssetView>("/api/assets/tool-001");
        Assert.Equal(("north-depot", "yard", "rfid-gate"), (drill.Location!.Site, drill.Location.Zone, drill.Location.Source));
        Assert.Equal((CustodianKind.Site, "north-depot"), (drill.Custodian!.Kind, drill.Custodian.Id));
        var passage = (await second.GetAsync<Page<PassageView>>("/api/passages")).Items.Single();
        Assert.Equal((PassageDirection.In, Start, Start.AddMilliseconds(1200)), (passage.Direction, passage.Started, passage.Ended));
        Assert.EndsWith("-in-north-gate.1764748800000.1.0", passage.Id, StringComparison.Ordinal); // its first read is from before the restart
        Assert.Equal(["tool-001"], passage.Assets.Select(a => a.Id));
    }

    [Fact]
    public async Task A_group_of_gps_fixes_leaves_the_stored_checkpoint_as_it_was()
    {
        await using var hub = await StartHubAsync();
        await hub.PublishAsync(Obs.Batch(1, [Obs.Rfid(Start, Obs.Outside, Obs.DrillEpc)]));
        await hub.Commits.WaitForAsync(c => c.Streams.Any(s => s.Watermark == 1), "seq 1 stored");
        var store = hub.Services.GetRequiredService<IHubStore>();
        var stored = (await store.LoadAsync(Ct)).Checkpoint!;
        Assert.Equal([Obs.DrillEpc], stored.GateTracks.Select(t => t.Epc));

        await hub.PublishAsync(Obs.Batch(2, [new Shared.Contracts.GpsObservation { Timestamp = Start.AddSeconds(2), Device = "van-1", Latitude = 53.4808, Longitude = -2.2426 }]));
        await hub.Commits.WaitForAssetAsync("van-1", a => a.Location?.Lat is not null, "has a position");

        Assert.Equal(stored.EventClock, (await store.LoadAsync(Ct)).Checkpoint!.EventClock); // not rewritten
    }
}

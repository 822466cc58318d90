using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TrackHub.Domain.Model;
using TrackHub.Hub.Realtime;
using TrackHub.Hub.Tests.Support;

namespace TrackHub.Hub.Tests.Realtime;

public sealed class LiveHubTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private HubHost _hub = null!;

    public async ValueTask InitializeAsync() => _hub = await HubHost.StartAsync();

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_wall_screen_gets_the_site_snapshot_and_then_the_passage_that_happens_after_it()
    {
        var changes = Channel.CreateUnbounded<ChangeBatch>();
        await using var connection = _hub.LiveConnection();
        connection.On<ChangeBatch>("changes", b => changes.Writer.TryWrite(b));
        await connection.StartAsync(TestContext.Current.CancellationToken);

        var snapshot = await connection.InvokeAsync<SiteSnapshot>("Subscribe", "north-depot", TestContext.Current.CancellationToken);

        Assert.Equal(("North Depot", "Europe/London"), (snapshot.Site.Name, snapshot.Site.TimeZone));
        Assert.Equal(["gate-lane", "store", "workshop", "yard"], snapshot.Site.Zones.Select(z => z.Id).Order());
        Assert.Equal(48, snapshot.Assets.Count);
        Assert.Equal("main-gate", snapshot.Site.Gates.Single().Id);

        await _hub.PublishAsync(Obs.Batch(1, Obs.Passage(Start, Obs.Inside, Obs.Outside, Obs.DrillEpc, Obs.AmyBadge)));

        var batch = await ReadUntilAsync(changes.Reader, b => b.Passages.Count > 0);
        Assert.Equal(snapshot.Instance, batch.Instance);
        Assert.True(batch.FromVersion <= snapshot.Version + 1 && batch.Version > snapshot.Version, $"batch {batch.FromVersion}..{batch.Version} after snapshot {snapshot.Version}");
        var passage = batch.Passages.Single();
        Assert.Equal((PassageDirection.Out, "Amy Clarke"), (passage.Direction, passage.People.Single().Name));
        var drill = batch.Assets.Single(a => a.Id == "tool-001");
        Assert.Equal((AssetStatus.CheckedOut, "p-amy"), (drill.Status, drill.Custodian!.Id));
    }

    [Fact]
    public async Task Subscribing_to_a_site_that_is_not_configured_is_refused_with_its_name()
    {
        await using var connection = _hub.LiveConnection();
        await connection.StartAsync(TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<SiteSnapshot>("Subscribe", "atlantis", TestContext.Current.CancellationToken));

        Assert.Contains("atlantis", error.Message, StringComparison.Ordinal);
    }

    private static async Task<ChangeBatch> ReadUntilAsync(ChannelReader<ChangeBatch> reader, Func<ChangeBatch, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var batch = await reader.ReadAsync(timeout.Token);
            if (match(batch))
            {
                return batch;
            }
        }
    }
}

using System.Text.Json;
using Microsoft.Playwright;
using MQTTnet;
using MQTTnet.Protocol;
using TrackHub.Hub.Web.Tests.Support;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;
using TrackHub.Testing.Processes;
using TrackHub.Testing.Servers;

namespace TrackHub.Hub.Web.Tests;

/// <summary>
/// The wall screen as an operations manager sees it, in headless Chromium, against a hub process behind a real
/// Mosquitto, so messages sent while the hub is down wait for it.
/// </summary>
public sealed class WallScreenTests : IAsyncLifetime
{
    private const string DrillEpc = "30340242201d884000000001";
    private const string GrinderEpc = "30340242201d884000000003";
    private const string AmyBadge = "350000000000000000000001";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trackhub-web-");
    private MosquittoServer _broker = null!;
    private HubProcess _hub = null!;
    private Browser _browser = null!;
    private IMqttClient _gateway = null!;
    private long _seq;

    public async ValueTask InitializeAsync()
    {
        var web = RepoPaths.InRepo("Hub.Web", "dist");
        Assert.True(File.Exists(Path.Combine(web, "index.html")), $"the wall screen is not built in {web}: run 'npm ci && npm run build' in Hub.Web (./trackhub test does)");
        _broker = await MosquittoServer.StartAsync();
        _hub = await HubProcess.StartAsync(_folder.FullName, RepoPaths.InRepo("deploy", "demo", "site.json"), _broker.Url, extra: [$"--Hub:WebRoot={web}"]);
        _browser = await Browser.LaunchAsync();
        _gateway = new MqttClientFactory().CreateMqttClient();
        await _gateway.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", _broker.Port).WithClientId("north-gate").Build(), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _gateway.Dispose();
        await _browser.DisposeAsync();
        await _hub.DisposeAsync();
        await _broker.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_gate_passage_appears_in_the_feed_and_a_hub_outage_is_marked_stale_then_caught_up()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(_hub.Http.BaseAddress!.ToString());
        await page.WaitForSelectorAsync("#connection[data-state='live']");
        Assert.Equal("North Depot", (await page.TextContentAsync("#site-name"))?.Trim());

        // Amy walks out with the drill.
        await PublishPassageAsync(DateTimeOffset.UtcNow, from: 2, to: 1, DrillEpc, AmyBadge);
        var outward = page.Locator("#gate-feed [data-passage-id][data-direction='out']");
        await Assertions.Expect(outward).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(outward.Locator(".passage-asset")).ToHaveTextAsync("Cordless drill #1");
        await Assertions.Expect(outward.Locator(".passage-people")).ToContainTextAsync("Amy Clarke");

        // The hub goes away: the screen says its data is stale.
        await _hub.StopAsync();
        await page.WaitForSelectorAsync("body[data-stale='true']", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#stale-banner")).ToContainTextAsync("Data stale since");

        // Meanwhile she brings the drill back with a grinder; the broker keeps it for the hub.
        await PublishPassageAsync(DateTimeOffset.UtcNow, from: 1, to: 2, DrillEpc, GrinderEpc, AmyBadge);
        await _hub.RestartAsync();

        await page.WaitForSelectorAsync("body[data-stale='false']", new() { Timeout = 40_000 });
        var inward = page.Locator("#gate-feed [data-passage-id][data-direction='in']");
        await Assertions.Expect(inward).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(inward.Locator(".passage-asset")).ToHaveCountAsync(2);
        Assert.Equal(["Angle grinder #1", "Cordless drill #1"], (await inward.Locator(".passage-asset").AllTextContentsAsync()).Order());
        await Assertions.Expect(page.Locator("#plan .marker[data-asset-id='tool-001']")).ToHaveAttributeAsync("data-zone", "yard");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "TestResults", "wall-screen.png") });
    }

    [Fact]
    public async Task A_tag_nobody_owns_is_listed_on_the_assets_page_and_assigning_it_there_gives_it_to_the_asset()
    {
        const string stray = "e2801160600002054cc2096f";
        await PublishAsync([Read(DateTimeOffset.UtcNow, 2, stray, -61)]);
        var page = await _browser.NewPageAsync(1280, 900);
        await page.GotoAsync(new Uri(_hub.Http.BaseAddress!, "/assets.html").ToString());

        var row = page.Locator($"tr.unknown-row[data-tag-key='epc:{stray}']");
        await Assertions.Expect(row).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await row.Locator(".assign-open").ClickAsync();
        await row.Page.Locator(".assign-search").FillAsync("Welding");
        await page.Locator(".assign-choice[data-asset-id='tool-037']").ClickAsync();

        await Assertions.Expect(row).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        var asset = await _hub.GetJsonAsync("/api/assets/tool-037");
        Assert.Contains($"epc:{stray}", asset.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    private async Task PublishPassageAsync(DateTimeOffset start, int from, int to, params string[] epcs)
    {
        Observation[] reads =
        [
            .. epcs.Select((e, i) => Read(start.AddMilliseconds(40 * i), from, e, -58)),
            .. epcs.Select((e, i) => Read(start.AddMilliseconds(900 + (40 * i)), to, e, -49)),
        ];
        await PublishAsync(reads);
    }

    private async Task PublishAsync(IReadOnlyList<Observation> reads)
    {
        var batch = new ObsBatch { Gateway = "north-gate", Epoch = 1764748800000, Sequence = ++_seq, Oldest = 1, Sent = reads[0].Timestamp, Observations = reads };
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topics.Observations("north-gate"))
            .WithPayload(JsonSerializer.SerializeToUtf8Bytes(batch, WireJsonContext.Default.ObsBatch))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        await _gateway.PublishAsync(message, TestContext.Current.CancellationToken);
    }

    private static RfidObservation Read(DateTimeOffset ts, int antenna, string epc, double rssi) =>
        new() { Timestamp = ts, Reader = "gate-reader", Antenna = antenna, Epc = epc, Rssi = rssi, Count = 1 };
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;
using TrackHub.Testing.Processes;
using TrackHub.Testing.Servers;

namespace TrackHub.EndToEnd.Tests;

/// <summary>
/// The delivery guarantee, end to end with real processes: during a replay the broker and the edge gateway are
/// SIGKILLed and restarted, then the hub is; afterwards every observation is stored exactly once and seq went on.
/// </summary>
public sealed class NothingLostNothingTwiceTests : IAsyncLifetime
{
    private const int Observations = 20_000;
    private const string Gateway = "yard-gw";
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trackhub-crash-");
    private MosquittoServer _broker = null!;

    public async ValueTask InitializeAsync() => _broker = await MosquittoServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _broker.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Killing_the_broker_the_edge_and_then_the_hub_loses_nothing_and_applies_nothing_twice()
    {
        var input = WriteSightings(Path.Combine(_folder.FullName, "sightings.jsonl"));
        var edgeState = Folder("edge");
        await using var hub = await HubProcess.StartAsync(Folder("hub"), RepoPaths.InRepo("deploy", "demo", "site.json"), _broker.Url);
        string[] options = ["--format", "jsonl", "--speed", "2"];

        // 1. Part way through, the broker and the edge die together (a power cut in the gate cabinet).
        var edge = EdgeReplay.Start(_broker.Url, edgeState, Gateway, [input], options);
        await WaitForStoredAsync(hub, 3_000, edge);
        edge.Kill();
        await edge.DisposeAsync();
        await _broker.KillAsync();
        var beforeCrash = await GatewayAsync(hub);

        await _broker.RestartAsync();
        edge = EdgeReplay.Start(_broker.Url, edgeState, Gateway, [input], options);
        try
        {
            // 2. Later the hub dies too, with batches on their way.
            await WaitForStoredAsync(hub, 12_000, edge);
            await hub.KillAsync();
            await hub.RestartAsync();

            var exit = await edge.WaitForExitAsync(TimeSpan.FromMinutes(3));
            Assert.True(exit == 0, $"the edge replay exited with {exit}:\n{edge.Output}");
        }
        finally
        {
            await edge.DisposeAsync();
        }

        var stats = await hub.GetJsonAsync("/api/ingest/stats");
        var after = await GatewayAsync(hub);
        Assert.Equal(Observations, stats.GetProperty("observations").GetInt64());
        Assert.Equal(Observations, stats.GetProperty("acceptedObservations").GetInt64());
        Assert.Equal(0, stats.GetProperty("deadLetters").GetInt64());

        // seq went on from where it was (same epoch, no restart at 1), and every seq up to the last is stored once.
        Assert.Equal(beforeCrash.Epoch, after.Epoch);
        Assert.True(after.LastSeq > beforeCrash.LastSeq, $"seq did not continue: {beforeCrash.LastSeq} then {after.LastSeq}");
        Assert.Equal(after.LastSeq, stats.GetProperty("batches").GetInt64());
        Assert.Equal(after.LastSeq, after.AcknowledgedSeq);
        Assert.Equal(0, after.Gaps);
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_folder.FullName, name)).FullName;

    private static async Task WaitForStoredAsync(HubProcess hub, long observations, ManagedProcess edge) =>
        await Wait.UntilAsync(
            async () =>
            {
                if (edge.HasExited)
                {
                    throw new InvalidOperationException($"the edge finished too early (exit {edge.ExitCode}) for the crash to happen mid-replay:\n{edge.Output}");
                }

                return (await hub.GetJsonAsync("/api/ingest/stats")).GetProperty("observations").GetInt64() >= observations;
            },
            TimeSpan.FromMinutes(2),
            $"{observations} observations stored",
            () => hub.Output + "\n--- edge ---\n" + edge.Output);

    private static async Task<(long Epoch, long LastSeq, long? AcknowledgedSeq, long Gaps)> GatewayAsync(HubProcess hub)
    {
        var gateway = (await hub.GetJsonAsync("/api/gateways")).EnumerateArray().Single(g => g.GetProperty("id").GetString() == Gateway);
        var acked = gateway.TryGetProperty("acknowledgedSeq", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetInt64() : (long?)null;
        var gaps = gateway.TryGetProperty("gaps", out var g) ? g.GetInt64() : 0;
        return (gateway.GetProperty("epoch").GetInt64(), gateway.GetProperty("lastSeq").GetInt64(), acked, gaps);
    }

    /// <summary>BLE sightings of the demo's beacons by its three receivers, one per millisecond of event time.</summary>
    private static string WriteSightings(string path)
    {
        string[] receivers = ["rx-workshop", "rx-store", "rx-yard"];
        var text = new StringBuilder();
        for (var i = 0; i < Observations; i++)
        {
            var item = new BleObservation
            {
                Timestamp = Start.AddMilliseconds(i),
                Receiver = receivers[i % 3],
                BeaconId = string.Create(CultureInfo.InvariantCulture, $"ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:100:{1 + (4 * (i % 12))}"),
                Rssi = -60 - (i % 20),
            };
            text.Append(JsonSerializer.Serialize<Observation>(item, WireJsonContext.Default.Observation)).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}

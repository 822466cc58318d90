using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TrackHub.Domain;
using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Model;
using TrackHub.LoadGen.Traffic;
using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.Benchmarks.Domain;

/// <summary>
/// What the pipeline adds to a commit whose group changed the engine's in-flight state: <see cref="TrackingEngine.Checkpoint"/>
/// and its JSON (the <c>engine_checkpoint</c> row). <c>demo</c>: the demo site after 10 s of mixed traffic (the
/// <see cref="TrackingEngineBenchmarks"/> stream); <c>busy</c>: 2,000 more tagged assets, each read outside the gate
/// and heard by two receivers within the windows — every one of them in flight at once.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrackHubBenchmarkConfig))]
public class EngineCheckpointBenchmarks
{
    private const int BusyAssets = 2000;

    private TrackingEngine _engine = null!;

    [Params("demo", "busy")]
    public string State { get; set; } = "demo";

    [GlobalSetup]
    public void Setup()
    {
        var document = SampleTraffic.DemoSite();
        var observations = SampleTraffic.Observations(TrafficMix.Default, 10_000, millisecondsApart: 1);
        if (State == "busy")
        {
            document = document with { Assets = [.. document.Assets, .. Enumerable.Range(0, BusyAssets).Select(BusyAsset)] };
            var at = observations[^1].Timestamp;
            for (var i = 0; i < BusyAssets; i++)
            {
                observations.Add(new RfidObservation { Timestamp = at, Reader = "gate-reader", Antenna = 1, Epc = Epc(i), Rssi = -60, Count = 1 });
                observations.Add(new BleObservation { Timestamp = at, Receiver = "rx-yard", BeaconId = Beacon(i), Rssi = -70 });
                observations.Add(new BleObservation { Timestamp = at, Receiver = "rx-store", BeaconId = Beacon(i), Rssi = -85 });
            }
        }

        var compiled = SiteModel.Compile(document);
        _engine = new TrackingEngine(compiled.IsValid ? compiled.Model! : throw new InvalidOperationException(string.Join("; ", compiled.Errors)));
        var decisions = new DecisionSet();
        for (var i = 0; i < observations.Count; i++)
        {
            _engine.Apply(observations[i], new ObservationRef("north-gate", 1764748800000, 1 + (i / 50), i % 50), decisions);
        }

        var json = CheckpointJson();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {State}: {json.Length:N0} bytes of JSON, {_engine.Checkpoint().GateTracks.Count} gate tracks, {_engine.Checkpoint().Assets.Count} assets"));
    }

    [Benchmark]
    public EngineCheckpoint Checkpoint() => _engine.Checkpoint();

    [Benchmark]
    public string CheckpointJson() => JsonSerializer.Serialize(_engine.Checkpoint(), EngineCheckpointJsonContext.Default.EngineCheckpoint);

    private static AssetDefinition BusyAsset(int i) => new()
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"busy-{i:0000}"),
        Name = string.Create(CultureInfo.InvariantCulture, $"Busy tool {i}"),
        Site = "north-depot",
        Tags = ["epc:" + Epc(i), Beacon(i)],
    };

    private static string Epc(int i) => string.Create(CultureInfo.InvariantCulture, $"3034ffff{i:x16}");

    private static string Beacon(int i) => string.Create(CultureInfo.InvariantCulture, $"ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:900:{i}");
}

using BenchmarkDotNet.Attributes;
using System.Text.Json;
using TrackHub.LoadGen.Traffic;
using TrackHub.Shared.Contracts;

namespace TrackHub.Benchmarks.Wire;

/// <summary>
/// The hub's decode step: <see cref="WireReader.ReadBatch(ReadOnlyMemory{byte}, string?)"/> on one 50-item <c>obs</c>
/// payload (parse, validate every item, build the batch). Op/s is batches per second; ×50 for observations.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrackHubBenchmarkConfig))]
public class WireReaderBenchmarks
{
    private byte[] _payload = [];

    /// <summary><c>rfid</c>: gate reads only (~6 KB); <c>mixed</c>: 60 % RFID, 30 % BLE, 10 % GPS.</summary>
    [Params("rfid", "mixed")]
    public string Batch { get; set; } = "rfid";

    [GlobalSetup]
    public void Setup()
    {
        var mix = Batch == "rfid" ? new TrafficMix(1, 0, 0) : TrafficMix.Default;
        _payload = JsonSerializer.SerializeToUtf8Bytes(SampleTraffic.Batch(SampleTraffic.Observations(mix, 50)), WireJsonContext.Default.ObsBatch);
        Console.WriteLine($"// {Batch} batch: 50 observations, {_payload.Length} bytes");
    }

    [Benchmark]
    public int ReadBatch()
    {
        var result = WireReader.ReadBatch(_payload, "north-gate");
        return result.Batch?.Observations.Count ?? throw new InvalidOperationException(result.Rejected?.Detail);
    }
}

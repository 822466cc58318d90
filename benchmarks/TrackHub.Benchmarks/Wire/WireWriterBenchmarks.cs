using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TrackHub.LoadGen.Traffic;
using TrackHub.Shared.Contracts;

namespace TrackHub.Benchmarks.Wire;

/// <summary>The edge's encode step: an <see cref="ObsBatch"/> of 50 observations written with <see cref="WireJsonContext"/>.</summary>
[MemoryDiagnoser]
[Config(typeof(TrackHubBenchmarkConfig))]
public class WireWriterBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private ObsBatch _batch = null!;
    private Utf8JsonWriter _writer = null!;

    [Params("rfid", "mixed")]
    public string Batch { get; set; } = "rfid";

    [GlobalSetup]
    public void Setup()
    {
        var mix = Batch == "rfid" ? new TrafficMix(1, 0, 0) : TrafficMix.Default;
        _batch = SampleTraffic.Batch(SampleTraffic.Observations(mix, 50));
        _writer = new Utf8JsonWriter(_buffer);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    /// <summary>What the edge does per batch today: a fresh byte array for the MQTT payload.</summary>
    [Benchmark(Baseline = true)]
    public int SerializeToUtf8Bytes() => JsonSerializer.SerializeToUtf8Bytes(_batch, WireJsonContext.Default.ObsBatch).Length;

    /// <summary>Into a reused buffer: the cost of the JSON itself, without the payload allocation.</summary>
    [Benchmark]
    public int SerializeToReusedBuffer()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, _batch, WireJsonContext.Default.ObsBatch);
        return _buffer.WrittenCount;
    }
}

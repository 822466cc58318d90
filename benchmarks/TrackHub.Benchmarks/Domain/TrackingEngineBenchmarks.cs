using BenchmarkDotNet.Attributes;
using TrackHub.Domain;
using TrackHub.Domain.Model;
using TrackHub.LoadGen.Traffic;
using TrackHub.Shared.Contracts;

namespace TrackHub.Benchmarks.Domain;

/// <summary>
/// The hub's resolve step: <see cref="TrackingEngine.Apply"/> over the demo site (deploy/demo/site.json) as the
/// pipeline drives it — 10,000 observations of the site's real tags, 1 ms apart in event time, in groups of 512 with
/// <see cref="TrackingEngine.Advance"/> and a cleared <see cref="DecisionSet"/> after each group — on a fresh engine.
/// Timed per observation, so Op/s is observations per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrackHubBenchmarkConfig))]
public class TrackingEngineBenchmarks
{
    private const int Count = 10_000;
    private const int GroupSize = 512;
    private const int BatchSize = 50;

    private SiteModel _model = null!;
    private Observation[] _observations = [];
    private ObservationRef[] _sources = [];

    /// <summary><c>rfid</c>: gate reads (passages, custody); <c>ble</c>: zone by strongest receiver; <c>gps</c>: vans and geofences; <c>mixed</c>: 60/30/10.</summary>
    [Params("rfid", "ble", "gps", "mixed")]
    public string Traffic { get; set; } = "mixed";

    [GlobalSetup]
    public void Setup()
    {
        var compiled = SiteModel.Compile(SampleTraffic.DemoSite());
        _model = compiled.IsValid ? compiled.Model! : throw new InvalidOperationException(string.Join("; ", compiled.Errors));
        var mix = Traffic switch
        {
            "rfid" => new TrafficMix(1, 0, 0),
            "ble" => new TrafficMix(0, 1, 0),
            "gps" => new TrafficMix(0, 0, 1),
            _ => TrafficMix.Default,
        };
        _observations = [.. SampleTraffic.Observations(mix, Count, millisecondsApart: 1)];
        _sources = [.. Enumerable.Range(0, Count).Select(i => new ObservationRef("north-gate", 1764748800000, 1 + (i / BatchSize), i % BatchSize))];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ApplyObservations()
    {
        var engine = new TrackingEngine(_model);
        var decisions = new DecisionSet();
        var changes = 0;
        for (var i = 0; i < _observations.Length; i++)
        {
            engine.Apply(_observations[i], _sources[i], decisions);
            if ((i + 1) % GroupSize == 0 || i == _observations.Length - 1)
            {
                engine.Advance(_observations[i].Timestamp, decisions);
                changes += decisions.ChangedAssets.Count + decisions.Events.Count;
                decisions.Clear();
            }
        }

        return changes;
    }
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace TrackHub.Benchmarks;

/// <summary>Every suite's config: adds operations per second (batches/s, sentences/s, observations/s: see each suite).</summary>
public sealed class TrackHubBenchmarkConfig : ManualConfig
{
    public TrackHubBenchmarkConfig()
    {
        AddColumn(StatisticColumn.OperationsPerSecond);
    }
}

using System.Diagnostics.Metrics;

namespace TrackHub.Hub.Persistence;

/// <summary>How long commits take and how many rows they write (meter <c>TrackHub.Persistence</c>).</summary>
public sealed class StoreMetrics
{
    public const string MeterName = "TrackHub.Persistence";

    private readonly Histogram<double> _commitDuration;
    private readonly Counter<long> _batches;
    private readonly Counter<long> _events;
    private readonly Counter<long> _failures;
    private readonly Histogram<long> _checkpointBytes;

    public StoreMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _commitDuration = meter.CreateHistogram<double>("trackhub.store.commit.duration", "s", "Time to write one pipeline commit.");
        _batches = meter.CreateCounter<long>("trackhub.store.batches", "{batch}", "Batches stored.");
        _events = meter.CreateCounter<long>("trackhub.store.events", "{event}", "Domain events stored.");
        _failures = meter.CreateCounter<long>("trackhub.store.commit.failures", "{commit}", "Commits rolled back.");
        _checkpointBytes = meter.CreateHistogram<long>("trackhub.store.checkpoint.size", "By", "Size of each engine checkpoint written (one per commit that changed the in-flight state).");
    }

    internal void Committed(PipelineCommit commit, TimeSpan elapsed)
    {
        _commitDuration.Record(elapsed.TotalSeconds);
        _batches.Add(commit.Batches.Count);
        _events.Add(commit.Events.Count);
    }

    internal void Failed() => _failures.Add(1);

    internal void Checkpointed(long bytes) => _checkpointBytes.Record(bytes);
}

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

    public StoreMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _commitDuration = meter.CreateHistogram<double>("trackhub.store.commit.duration", "s", "Time to write one pipeline commit.");
        _batches = meter.CreateCounter<long>("trackhub.store.batches", "{batch}", "Batches stored.");
        _events = meter.CreateCounter<long>("trackhub.store.events", "{event}", "Domain events stored.");
        _failures = meter.CreateCounter<long>("trackhub.store.commit.failures", "{commit}", "Commits rolled back.");
    }

    internal void Committed(PipelineCommit commit, TimeSpan elapsed)
    {
        _commitDuration.Record(elapsed.TotalSeconds);
        _batches.Add(commit.Batches.Count);
        _events.Add(commit.Events.Count);
    }

    internal void Failed() => _failures.Add(1);
}

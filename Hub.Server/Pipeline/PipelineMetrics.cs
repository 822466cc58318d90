using System.Diagnostics.Metrics;

namespace TrackHub.Hub.Pipeline;

/// <summary>Ingest counters (OpenTelemetry meter <c>TrackHub.Hub.Ingest</c>); also read by <c>/api/ingest/stats</c>.</summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "TrackHub.Hub.Ingest";

    private readonly Counter<long> _batches;
    private readonly Counter<long> _observations;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _unknownTypes;
    private readonly Counter<long> _unknownFields;
    private readonly Counter<long> _gaps;
    private readonly Histogram<double> _commitSeconds;
    private long _appliedBatches;
    private long _duplicateBatches;
    private long _rejectedEnvelopes;
    private long _rejectedItems;
    private long _appliedObservations;
    private long _unknownTypeCount;
    private long _unknownFieldCount;
    private long _gapCount;

    public PipelineMetrics(IMeterFactory meterFactory, PipelineChannel channel)
    {
        var meter = meterFactory.Create(MeterName);
        _batches = meter.CreateCounter<long>("trackhub.ingest.batches", description: "obs batches by outcome (applied, duplicate, rejected)");
        _observations = meter.CreateCounter<long>("trackhub.ingest.observations", description: "observations applied");
        _rejections = meter.CreateCounter<long>("trackhub.ingest.rejections", description: "dead-lettered envelopes and items by scope and code");
        _unknownTypes = meter.CreateCounter<long>("trackhub.ingest.unknown_types", description: "items skipped for an unknown 't'");
        _unknownFields = meter.CreateCounter<long>("trackhub.ingest.unknown_fields", description: "unknown fields tolerated");
        _gaps = meter.CreateCounter<long>("trackhub.ingest.seq_gaps", description: "batches a gateway gave up on before the hub saw them");
        _commitSeconds = meter.CreateHistogram<double>("trackhub.pipeline.commit.duration", unit: "s", description: "time to store one group of batches");
        meter.CreateObservableGauge("trackhub.pipeline.queue_depth", () => channel.Count, description: "messages waiting for the pipeline");
    }

    public IngestCounters Snapshot() => new(
        Interlocked.Read(ref _appliedBatches),
        Interlocked.Read(ref _duplicateBatches),
        Interlocked.Read(ref _rejectedEnvelopes),
        Interlocked.Read(ref _rejectedItems),
        Interlocked.Read(ref _appliedObservations),
        Interlocked.Read(ref _unknownTypeCount),
        Interlocked.Read(ref _unknownFieldCount),
        Interlocked.Read(ref _gapCount));

    public void BatchApplied(int observations)
    {
        Interlocked.Increment(ref _appliedBatches);
        Interlocked.Add(ref _appliedObservations, observations);
        _batches.Add(1, new KeyValuePair<string, object?>("outcome", "applied"));
        _observations.Add(observations);
    }

    public void BatchDuplicate()
    {
        Interlocked.Increment(ref _duplicateBatches);
        _batches.Add(1, new KeyValuePair<string, object?>("outcome", "duplicate"));
    }

    public void EnvelopeRejected(string code)
    {
        Interlocked.Increment(ref _rejectedEnvelopes);
        _batches.Add(1, new KeyValuePair<string, object?>("outcome", "rejected"));
        _rejections.Add(1, new("scope", "envelope"), new("code", code));
    }

    public void ItemRejected(string code)
    {
        Interlocked.Increment(ref _rejectedItems);
        _rejections.Add(1, new("scope", "item"), new("code", code));
    }

    public void Tolerated(int unknownTypes, int unknownFields)
    {
        if (unknownTypes > 0)
        {
            Interlocked.Add(ref _unknownTypeCount, unknownTypes);
            _unknownTypes.Add(unknownTypes);
        }

        if (unknownFields > 0)
        {
            Interlocked.Add(ref _unknownFieldCount, unknownFields);
            _unknownFields.Add(unknownFields);
        }
    }

    public void Gaps(long count)
    {
        if (count > 0)
        {
            Interlocked.Add(ref _gapCount, count);
            _gaps.Add(count);
        }
    }

    public void Committed(TimeSpan elapsed) => _commitSeconds.Record(elapsed.TotalSeconds);
}

/// <summary>Ingest counts since the hub started.</summary>
public sealed record IngestCounters(
    long AppliedBatches,
    long DuplicateBatches,
    long RejectedEnvelopes,
    long RejectedItems,
    long AppliedObservations,
    long UnknownTypes,
    long UnknownFields,
    long SeqGaps);

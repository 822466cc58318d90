using System.Diagnostics.Metrics;
using TrackHub.Edge.Outbox;

namespace TrackHub.Edge.Diagnostics;

/// <summary>The edge's metrics (meter <c>TrackHub.Edge</c>).</summary>
public sealed class EdgeMetrics
{
    public const string MeterName = "TrackHub.Edge";

    private readonly Counter<long> _observations;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _batchesStored;
    private readonly Counter<long> _batchesPublished;
    private readonly Counter<long> _batchesResent;
    private readonly Counter<long> _reconnects;
    private SqliteOutbox? _outbox;

    public EdgeMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _observations = meter.CreateCounter<long>("trackhub.edge.observations", "{observation}", "Observations read from sources and stored");
        _rejections = meter.CreateCounter<long>("trackhub.edge.rejections", "{item}", "Source input rejected, by reason code");
        _batchesStored = meter.CreateCounter<long>("trackhub.edge.batches.stored", "{batch}", "Batches written to the outbox");
        _batchesPublished = meter.CreateCounter<long>("trackhub.edge.batches.published", "{batch}", "Batches the broker accepted (PUBACK)");
        _batchesResent = meter.CreateCounter<long>("trackhub.edge.batches.resent", "{batch}", "Batches published again after a reconnect or a stalled ack");
        _reconnects = meter.CreateCounter<long>("trackhub.edge.reconnects", "{connection}", "Broker connections after the first");
        meter.CreateObservableGauge("trackhub.edge.outbox.depth", () => _outbox?.Depth ?? 0, "{batch}", "Batches held, not yet acknowledged by the hub");
        meter.CreateObservableGauge("trackhub.edge.outbox.bytes", () => _outbox?.Bytes ?? 0, "By", "Observation payload bytes held in the outbox");
        meter.CreateObservableGauge("trackhub.edge.acked.seq", () => _outbox?.AcknowledgedSequence ?? 0, "{seq}", "Highest seq acknowledged by the hub");
        meter.CreateObservableGauge("trackhub.edge.last.seq", () => _outbox?.LastSequence ?? 0, "{seq}", "Highest seq assigned");
    }

    public void Observe(SqliteOutbox outbox) => _outbox = outbox;

    public void ObservationsStored(int count) => _observations.Add(count);

    public void Rejected(string code) => _rejections.Add(1, new KeyValuePair<string, object?>("reason", code));

    public void BatchStored() => _batchesStored.Add(1);

    public void BatchPublished(bool resend)
    {
        _batchesPublished.Add(1);
        if (resend)
        {
            _batchesResent.Add(1);
        }
    }

    public void Reconnected() => _reconnects.Add(1);
}

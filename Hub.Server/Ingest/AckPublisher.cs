using System.Text.Json;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Pipeline;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Ingest;

/// <summary>
/// Tells each gateway, retained on <c>trackhub/v1/gw/{gw}/ack</c>, how far the hub has stored its batches, so the
/// gateway can empty its outbox. Coalesced: only the newest watermark per gateway is sent. At start it re-announces
/// every gateway's watermark, since the embedded broker's retained messages did not survive the restart.
/// </summary>
public sealed class AckPublisher : BackgroundService, IPipelineObserver
{
    private readonly IMqttPublisher _publisher;
    private readonly TimeProvider _time;
    private readonly ILogger<AckPublisher> _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HubAck> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _latestEpoch = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);

    public AckPublisher(IMqttPublisher publisher, TimeProvider time, ILogger<AckPublisher> logger)
    {
        _publisher = publisher;
        _time = time;
        _logger = logger;
    }

    public void OnStarted(PipelineStartState state) => Enqueue(state.Streams);

    public void OnCommitted(CommittedChanges changes) => Enqueue(changes.Streams);

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _signal.WaitAsync(stoppingToken);
            HubAck[] acks;
            lock (_lock)
            {
                acks = [.. _pending.Values];
                _pending.Clear();
            }

            foreach (var ack in acks)
            {
                var topic = Topics.Ack(ack.Gateway);
                try
                {
                    var payload = JsonSerializer.SerializeToUtf8Bytes(ack, WireJsonContext.Default.HubAck);
                    await _publisher.PublishAsync(topic, payload, retain: true, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The next commit of this gateway sends a newer watermark; the gateway resends meanwhile.
                    IngestLog.AckFailed(_logger, topic, ex.Message);
                    Requeue(ack);
                    await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken);
                }
            }
        }
    }

    private void Enqueue(IEnumerable<GatewayStreamState> streams)
    {
        var any = false;
        lock (_lock)
        {
            foreach (var s in streams)
            {
                // A wiped gateway starts a new epoch; acknowledgements of its old epoch must not replace the new one's.
                if (_latestEpoch.TryGetValue(s.Gateway, out var latest) && s.Epoch < latest)
                {
                    continue;
                }

                _latestEpoch[s.Gateway] = s.Epoch;
                _pending[s.Gateway] = new HubAck { Gateway = s.Gateway, Epoch = s.Epoch, Sequence = s.Watermark };
                any = true;
            }
        }

        if (any)
        {
            _signal.Release();
        }
    }

    private void Requeue(HubAck ack)
    {
        lock (_lock)
        {
            _pending.TryAdd(ack.Gateway, ack);
        }

        _signal.Release();
    }
}

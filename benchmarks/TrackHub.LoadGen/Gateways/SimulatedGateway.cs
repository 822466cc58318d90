using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;
using TrackHub.LoadGen.Measurement;
using TrackHub.LoadGen.Traffic;
using TrackHub.Shared.Contracts;

namespace TrackHub.LoadGen.Gateways;

/// <summary>
/// One edge gateway as the hub sees it: its own MQTT 5 connection and id, a fixed <c>epoch</c>, <c>seq</c> from 1,
/// QoS 1 batches published strictly in order (each PUBACK awaited before the next, as Gateway.Edge does), a retained
/// status with an offline last will, and the hub's acknowledgements on its <c>ack</c> topic.
/// </summary>
public sealed partial class SimulatedGateway : IAsyncDisposable
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan OfflineGrace = TimeSpan.FromSeconds(2);

    private readonly BrokerAddress _broker;
    private readonly ObservationGenerator _generator;
    private readonly IReadOnlyDictionary<string, string> _assetByTag;
    private readonly ScreenLatencyTracker _screen;
    private readonly TimeProvider _time;
    private readonly ErrorLog _errors;
    private readonly int _batchSize;
    private readonly IMqttClient _client;
    private readonly DateTimeOffset _started;
    private readonly LatencyRecorder _pubAck = new();
    private long _sequence;
    private long _observations;
    private long _batches;
    private long _failedBatches;
    private volatile bool _measuring;

    public SimulatedGateway(
        string id,
        long epoch,
        BrokerAddress broker,
        ObservationGenerator generator,
        IReadOnlyDictionary<string, string> assetByTag,
        ScreenLatencyTracker screen,
        TimeProvider time,
        ErrorLog errors,
        int batchSize)
    {
        Id = id;
        Epoch = epoch;
        _broker = broker;
        _generator = generator;
        _assetByTag = assetByTag;
        _screen = screen;
        _time = time;
        _errors = errors;
        _batchSize = batchSize;
        _started = time.GetUtcNow();
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
    }

    public string Id { get; }

    public long Epoch { get; }

    /// <summary>The last <c>seq</c> the broker accepted.</summary>
    public long LastSequence => Interlocked.Read(ref _sequence);

    public long ObservationsPublished => Interlocked.Read(ref _observations);

    /// <summary>Batches the broker accepted.</summary>
    public long BatchesPublished => Interlocked.Read(ref _batches);

    public long FailedBatches => Interlocked.Read(ref _failedBatches);

    /// <summary>Broker PUBACK times of batches sent since <see cref="Measure"/>.</summary>
    public LatencyRecorder PubAck => _pubAck;

    /// <summary>From now on PUBACK and hub-ack times are recorded (the warm-up is over).</summary>
    public void Measure() => _measuring = true;

    /// <summary>
    /// Publishes <paramref name="batchesPerSecond"/> batches a second from <paramref name="start"/> until stopped. When
    /// the broker holds PUBACKs back (the hub is behind), the gateway falls behind its schedule and catches up as fast
    /// as the broker lets it, like a real gateway draining its outbox.
    /// </summary>
    public async Task RunAsync(double batchesPerSecond, DateTimeOffset start, CancellationToken stop)
    {
        var interval = TimeSpan.FromSeconds(1 / batchesPerSecond);
        var observations = new List<Observation>(_batchSize);
        var assets = new List<string>(_batchSize);
        for (long k = 0; !stop.IsCancellationRequested; k++)
        {
            var wait = start + (interval * k) - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, _time, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            observations.Clear();
            assets.Clear();
            var timestamp = WireTime(_time.GetUtcNow());
            _generator.Fill(observations, _batchSize, timestamp);
            foreach (var observation in observations)
            {
                if (_assetByTag.TryGetValue(observation.TagKey, out var asset))
                {
                    assets.Add(asset);
                }
            }

            if (!await PublishBatchAsync(observations, assets, timestamp))
            {
                return;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>False when the connection is gone for good (the run goes on without this gateway).</summary>
    private async Task<bool> PublishBatchAsync(List<Observation> observations, List<string> assets, DateTimeOffset timestamp)
    {
        var seq = LastSequence + 1;
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new ObsBatch { Gateway = Id, Epoch = Epoch, Sequence = seq, Sent = timestamp, Observations = observations },
            WireJsonContext.Default.ObsBatch);
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topics.Observations(Id))
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithContentType("application/json")
            .Build();

        // Registered before sending: the change can reach the screen before the PUBACK reaches us.
        _screen.Sent(assets, timestamp);
        var measuring = _measuring;
        Sending(seq, measuring);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var started = _time.GetTimestamp();
            try
            {
                // Not cancellable: a batch that has started is finished, so the hub and the report agree on what was sent.
                var result = await _client.PublishAsync(message, CancellationToken.None);
                if (result.ReasonCode is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers)
                {
                    if (measuring)
                    {
                        _pubAck.Record(_time.GetElapsedTime(started).TotalMilliseconds);
                    }

                    Sent(seq, observations.Count);
                    return true;
                }

                _errors.Add("mqtt", $"broker refused a batch: {result.ReasonCode} {result.ReasonString}".TrimEnd());
            }
            catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
            {
                _errors.Add("mqtt", $"publish failed: {ex.GetType().Name}: {ex.Message}");
                if (!_client.IsConnected && !await ReconnectAsync())
                {
                    Interlocked.Increment(ref _failedBatches);
                    return false;
                }
            }
        }

        // Given up: the seq is not reused, so the hub sees a gap, as it would from a gateway that lost a batch.
        Interlocked.Exchange(ref _sequence, seq);
        Interlocked.Increment(ref _failedBatches);
        return true;
    }

    /// <summary>The wire carries milliseconds; stamping at that precision lets <c>lastSeen</c> match exactly.</summary>
    private static DateTimeOffset WireTime(DateTimeOffset now) =>
        new(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}

using System.Text.Json;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;
using TrackHub.Shared.Contracts;
using TrackHub.Shared.Contracts.Acknowledgement;

namespace TrackHub.Edge.Tests.Support;

/// <summary>
/// A small stand-in for the hub: subscribes to every gateway's batches and status, records each <c>(epoch, seq)</c> in
/// arrival order and acknowledges (retained, QoS 1) by the hub's own rules — the <see cref="BatchDeduplicator"/> the hub
/// runs, <c>oldest</c> included — so a wrong <c>oldest</c> or a resend the hub would drop shows up here as it would there.
/// </summary>
public sealed class TestHub : IAsyncDisposable
{
    private IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<HubAck> _acks = Channel.CreateUnbounded<HubAck>();
    private readonly Lock _lock = new();
    private readonly List<ObsBatch> _received = [];
    private readonly List<GatewayStatus> _statuses = [];
    private readonly BatchDeduplicator _dedupe = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _acking;
    private string _brokerUrl = string.Empty;
    private long _gaps;

    /// <summary>When false the hub receives but does not acknowledge.</summary>
    public bool Acknowledge { get; set; } = true;

    public IReadOnlyList<ObsBatch> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public IReadOnlyList<GatewayStatus> Statuses
    {
        get
        {
            lock (_lock)
            {
                return [.. _statuses];
            }
        }
    }

    public IReadOnlyList<long> Sequences => [.. Received.Select(b => b.Sequence)];

    /// <summary>Seqs the hub's rules gave up as lost because an envelope's <c>oldest</c> passed them before they arrived.</summary>
    public long Gaps
    {
        get
        {
            lock (_lock)
            {
                return _gaps;
            }
        }
    }

    public IReadOnlySet<long> DistinctSequences => Sequences.ToHashSet();

    public static async Task<TestHub> ConnectAsync(string brokerUrl)
    {
        var hub = new TestHub { _brokerUrl = brokerUrl };
        await hub.ReconnectAsync();
        hub._acking = hub.PublishAcksAsync();
        return hub;
    }

    /// <summary>Connects (again, after a broker restart: with a new client, the old one may still be tearing down) and subscribes.</summary>
    public async Task ReconnectAsync()
    {
        var old = _client;
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        old.Dispose();

        var uri = new Uri(_brokerUrl);
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(uri.Host, uri.Port)
            .WithClientId("test-hub-" + Guid.NewGuid().ToString("n")[..8])
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .Build();
        await _client.ConnectAsync(options, TestContext.Current.CancellationToken);
        var subscribe = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(Topics.AllObservations).WithAtLeastOnceQoS())
            .WithTopicFilter(f => f.WithTopic(Topics.AllStatus).WithAtLeastOnceQoS())
            .Build();
        await _client.SubscribeAsync(subscribe, TestContext.Current.CancellationToken);
    }

    /// <summary>Publishes an acknowledgement as the hub would (retained, QoS 1).</summary>
    public Task PublishAckAsync(HubAck ack) =>
        PublishAckAsync(ack.Gateway, JsonSerializer.SerializeToUtf8Bytes(ack, WireJsonContext.Default.HubAck));

    /// <summary>Publishes any payload on a gateway's ack topic (retained, QoS 1).</summary>
    public async Task PublishAckAsync(string gateway, byte[] payload)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topics.Ack(gateway))
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag()
            .Build();
        await _client.PublishAsync(message, TestContext.Current.CancellationToken);
    }

    /// <summary>Waits (on arrivals, never on a timer) until <paramref name="condition"/> holds; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<TestHub, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                Assert.Fail($"the test hub did not see {what}; it saw seqs [{string.Join(",", Sequences)}]");
            }

            try
            {
                await changed.WaitAsync(left, TestContext.Current.CancellationToken);
            }
            catch (TimeoutException)
            {
                // checked once more above
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _acks.Writer.TryComplete();
        if (_acking is not null)
        {
            await _acking;
        }

        _client.Dispose();
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        if (!Topics.TryParse(e.ApplicationMessage.Topic, out var gateway, out var kind))
        {
            return Task.CompletedTask;
        }

        var payload = System.Buffers.BuffersExtensions.ToArray(e.ApplicationMessage.Payload);
        lock (_lock)
        {
            if (kind == TopicKind.Status)
            {
                _statuses.Add(JsonSerializer.Deserialize(payload, WireJsonContext.Default.GatewayStatus)!);
            }
            else if (kind == TopicKind.Observations)
            {
                var read = WireReader.ReadBatch(payload, gateway);
                Assert.Null(read.Rejected);
                Assert.Empty(read.RejectedItems);
                var batch = read.Batch!;
                _received.Add(batch);
                _gaps += _dedupe.Admit(gateway, batch.Epoch, batch.Sequence, batch.Oldest).NewGaps;
                if (Acknowledge)
                {
                    // Like the hub after each commit, duplicates included: the watermark, whatever it is now.
                    // Not from inside this callback: a QoS 1 publish here would wait for a PUBACK this loop must read.
                    var watermark = _dedupe.Watermark(gateway, batch.Epoch);
                    _acks.Writer.TryWrite(new HubAck { Gateway = gateway, Epoch = batch.Epoch, Sequence = watermark });
                }
            }

            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return Task.CompletedTask;
    }

    private async Task PublishAcksAsync()
    {
        await foreach (var ack in _acks.Reader.ReadAllAsync())
        {
            try
            {
                await PublishAckAsync(ack);
            }
            catch (MQTTnet.Exceptions.MqttCommunicationException)
            {
                // the broker went away; the next batch after a reconnect acknowledges again
            }
        }
    }
}

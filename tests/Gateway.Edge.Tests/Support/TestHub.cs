using System.Text.Json;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Tests.Support;

/// <summary>
/// A small stand-in for the hub: subscribes to every gateway's batches and status, records each <c>(epoch, seq)</c> in
/// arrival order and, like the real hub, acknowledges (retained, QoS 1) the highest seq up to which it has seen every
/// batch of the epoch — a gap holds the acknowledgement back.
/// </summary>
public sealed class TestHub : IAsyncDisposable
{
    private IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<HubAck> _acks = Channel.CreateUnbounded<HubAck>();
    private readonly Lock _lock = new();
    private readonly List<ObsBatch> _received = [];
    private readonly List<GatewayStatus> _statuses = [];
    private readonly Dictionary<(string Gateway, long Epoch), SortedSet<long>> _seen = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _acking;
    private string _brokerUrl = string.Empty;

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
                var seen = _seen.TryGetValue((gateway, batch.Epoch), out var s) ? s : _seen[(gateway, batch.Epoch)] = [];
                seen.Add(batch.Sequence);
                var contiguous = 0L;
                while (seen.Contains(contiguous + 1))
                {
                    contiguous++;
                }

                if (Acknowledge && contiguous > 0)
                {
                    // Not from inside this callback: a QoS 1 publish here would wait for a PUBACK this loop must read.
                    _acks.Writer.TryWrite(new HubAck { Gateway = gateway, Epoch = batch.Epoch, Sequence = contiguous });
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

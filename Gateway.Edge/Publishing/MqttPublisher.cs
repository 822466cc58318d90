using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using TrackHub.Edge.Diagnostics;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Threading;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Publishing;

/// <summary>
/// Publishes the outbox to the broker with MQTTnet's <see cref="IMqttClient"/> (v5 has no managed client, so this class
/// reconnects with backoff itself). Batches go out with QoS 1, strictly in <c>seq</c> order; only the hub's retained
/// acknowledgement deletes them from the outbox — a broker PUBACK proves nothing once that broker dies.
/// The retained status says online at connect; the same JSON with <c>online: false</c> is the last will.
/// </summary>
public sealed partial class MqttPublisher : IAsyncDisposable
{
    private static readonly TimeSpan OfflineGrace = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait after subscribing for the hub's retained ack before resending from the last one known.</summary>
    private static readonly TimeSpan RetainedAckWait = TimeSpan.FromSeconds(1);

    private readonly SqliteOutbox _outbox;
    private readonly EdgeIdentity _identity;
    private readonly BrokerAddress _broker;
    private readonly BrokerOptions _brokerOptions;
    private readonly PublisherOptions _options;
    private readonly TimeProvider _time;
    private readonly EdgeMetrics _metrics;
    private readonly ILogger<MqttPublisher> _logger;
    private readonly IMqttClient _client;
    private readonly Pulse _disconnected = new();
    private readonly Pulse _brokerAccepted = new();
    private readonly Pulse _ackReceived = new();
    private readonly AckStallClock _stall;
    private readonly string _ackTopic;
    private readonly string _clientId;
    private long _acceptedSequence;

    public MqttPublisher(
        SqliteOutbox outbox,
        EdgeIdentity identity,
        BrokerOptions brokerOptions,
        PublisherOptions options,
        TimeProvider time,
        EdgeMetrics metrics,
        ILogger<MqttPublisher> logger)
    {
        if (!BrokerAddress.TryParse(brokerOptions.Url, out var broker, out var problem))
        {
            throw new ArgumentException(problem, nameof(brokerOptions));
        }

        _outbox = outbox;
        _identity = identity;
        _broker = broker;
        _brokerOptions = brokerOptions;
        _options = options;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _ackTopic = Topics.Ack(identity.Gateway);
        _clientId = "trackhub-edge-" + identity.Gateway;
        _stall = new AckStallClock(options.AckTimeout, time);
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        _client.DisconnectedAsync += _ =>
        {
            _disconnected.Fire();
            return Task.CompletedTask;
        };
    }

    /// <summary>The highest <c>seq</c> the broker has accepted (PUBACK) in this process.</summary>
    public long BrokerAcceptedSequence => Interlocked.Read(ref _acceptedSequence);

    /// <summary>Connects, publishes and reconnects until <paramref name="cancellationToken"/> stops it; then says offline.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = _options.ReconnectMin;
        var connections = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _client.ConnectAsync(BuildClientOptions(), cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                Log.BrokerUnreachable(_logger, _broker.ToString(), Describe(ex), backoff.TotalSeconds);
                if (!await DelayAsync(backoff, cancellationToken))
                {
                    break;
                }

                backoff = Min(backoff * 2, _options.ReconnectMax);
                continue;
            }

            if (connections++ > 0)
            {
                _metrics.Reconnected();
            }

            try
            {
                await ServeConnectionAsync(cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                // A stop, whatever MQTTnet made of the cancellation (a SUBSCRIBE or PUBLISH cancelled mid-flight surfaces
                // as a timeout): the connection is still up, so say offline on it rather than disconnect as if lost.
                break;
            }
            catch (BrokerRefusedException ex)
            {
                // The broker will likely refuse again at once: back off before the next attempt.
                Log.PublishRefused(_logger, ex.Sequence, ex.Reason);
                await DisconnectQuietlyAsync();
                if (!await DelayAsync(backoff, cancellationToken))
                {
                    break;
                }

                backoff = Min(backoff * 2, _options.ReconnectMax);
                continue;
            }
            catch (Exception ex)
            {
                Log.ConnectionLost(_logger, _broker.ToString(), Describe(ex));

                // A timed-out PUBACK leaves the connection up: drop it, so the next one starts clean and resends.
                await DisconnectQuietlyAsync();
            }

            backoff = _options.ReconnectMin;
        }

        await GoOfflineAsync();
    }

    /// <summary>
    /// Completes once every batch up to <paramref name="sequence"/> has reached the broker: accepted (PUBACK) in this
    /// process, or acknowledged by the hub — which only gets batches through a broker — perhaps in an earlier run.
    /// Batches already acknowledged are never published again, so their PUBACK would never come.
    /// </summary>
    public async Task WaitForBrokerAsync(long sequence, CancellationToken cancellationToken)
    {
        while (true)
        {
            var accepted = _brokerAccepted.Next;
            var acknowledged = _outbox.NextAcknowledgement;
            if (BrokerAcceptedSequence >= sequence || _outbox.AcknowledgedSequence >= sequence)
            {
                return;
            }

            await Task.WhenAny(accepted, acknowledged).WaitAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ServeConnectionAsync(CancellationToken cancellationToken)
    {
        var lost = _disconnected.Next;
        await PublishStatusAsync(online: true, cancellationToken);
        var subscription = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(_ackTopic).WithAtLeastOnceQoS())
            .Build();
        var ackSeen = _ackReceived.Next;
        await _client.SubscribeAsync(subscription, cancellationToken);

        // The broker sends the retained ack right after the subscription: with it, a reconnect resends only what the
        // hub lacks instead of the whole window. No hub has ever acked when nothing comes: start anyway.
        await Pulse.WaitAsync(Task.WhenAny(ackSeen, lost), RetainedAckWait, _time, cancellationToken);
        await SendAsync(lost, cancellationToken);
    }

    private async Task PublishStatusAsync(bool online, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topics.Status(_identity.Gateway))
            .WithPayload(StatusJson(online))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag()
            .WithContentType("application/json")
            .Build();
        await _client.PublishAsync(message, cancellationToken);
    }

    private async Task GoOfflineAsync()
    {
        if (!_client.IsConnected)
        {
            return;
        }

        // A clean disconnect does not fire the last will, so say offline ourselves first.
        using var grace = new CancellationTokenSource(OfflineGrace);
        try
        {
            await PublishStatusAsync(online: false, grace.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
        {
            // Not said: ask the broker to publish the will instead (MQTT 5 reason 0x04), which a normal disconnect suppresses.
            await DisconnectQuietlyAsync(MqttClientDisconnectOptionsReason.DisconnectWithWillMessage);
            return;
        }

        await DisconnectQuietlyAsync();
    }

    private async Task DisconnectQuietlyAsync(MqttClientDisconnectOptionsReason reason = MqttClientDisconnectOptionsReason.NormalDisconnection)
    {
        try
        {
            using var grace = new CancellationTokenSource(OfflineGrace);
            await _client.DisconnectAsync(new MqttClientDisconnectOptions { Reason = reason }, grace.Token);
        }
        catch (Exception)
        {
            // best effort: the connection is gone either way
        }
    }

    private MqttClientOptions BuildClientOptions()
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(_broker.Host, _broker.Port)
            .WithClientId(_clientId)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCleanStart(true)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15))
            .WithTimeout(TimeSpan.FromSeconds(10))
            .WithWillTopic(Topics.Status(_identity.Gateway))
            .WithWillPayload(StatusJson(online: false))
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithWillContentType("application/json");
        var user = _brokerOptions.Username ?? _broker.Username;
        if (user is not null)
        {
            builder.WithCredentials(user, _brokerOptions.Password ?? _broker.Password);
        }

        if (_broker.UseTls)
        {
            builder.WithTlsOptions(tls => tls.UseTls(true));
        }

        return builder.Build();
    }

    private byte[] StatusJson(bool online) =>
        JsonSerializer.SerializeToUtf8Bytes(_identity.Status(_outbox.Epoch, online), WireJsonContext.Default.GatewayStatus);

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, _time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static string Describe(Exception ex)
    {
        var message = new StringBuilder(ex.Message);
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            message.Append(": ").Append(inner.Message);
        }

        return message.ToString();
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

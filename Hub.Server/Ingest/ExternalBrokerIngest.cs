using System.Buffers;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using TrackHub.Hub.Hosting;
using TrackHub.Hub.Pipeline;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Ingest;

/// <summary>
/// Subscribes to an external broker (Mosquitto, EMQX, HiveMQ) with a persistent session, so what arrives while the hub
/// is down waits for it. The receive handler awaits the pipeline queue before the message is acknowledged.
/// </summary>
public sealed class ExternalBrokerIngest : BackgroundService, IMqttPublisher
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(15);

    private readonly PipelineChannel _channel;
    private readonly MqttOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ExternalBrokerIngest> _logger;
    private readonly IMqttClient _client;
    private CancellationToken _stopping;

    public ExternalBrokerIngest(PipelineChannel channel, IOptions<HubOptions> options, TimeProvider time, ILogger<ExternalBrokerIngest> logger)
    {
        _channel = channel;
        _options = options.Value.Mqtt;
        _time = time;
        _logger = logger;
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
    }

    public async Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build();
        await _client.PublishAsync(message, cancellationToken);
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithConnectionUri(NormaliseUri(_options.BrokerUrl!))
            .WithClientId(_options.ClientId)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(7 * 24 * 3600)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15))
            // The broker keeps the rest: MQTTnet would otherwise buffer received messages beyond our bounded queue.
            .WithReceiveMaximum(256);
        if (_options.Username is { Length: > 0 } user)
        {
            builder = builder.WithCredentials(user, _options.Password);
        }

        var clientOptions = builder.Build();
        _stopping = stoppingToken;
        try
        {
            await KeepConnectedAsync(clientOptions, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (_client.IsConnected)
            {
                // A clean disconnect keeps the persistent session: what arrives meanwhile waits at the broker.
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
            }
        }
    }

    private async Task KeepConnectedAsync(MqttClientOptions clientOptions, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!_client.IsConnected)
            {
                try
                {
                    var result = await _client.ConnectAsync(clientOptions, stoppingToken);
                    IngestLog.Connected(_logger, _options.BrokerUrl!, _options.ClientId, result.IsSessionPresent);
                    await _client.SubscribeAsync(
                        new MqttClientSubscribeOptionsBuilder()
                            .WithTopicFilter(Topics.AllObservations, MqttQualityOfServiceLevel.AtLeastOnce)
                            .WithTopicFilter(Topics.AllStatus, MqttQualityOfServiceLevel.AtLeastOnce)
                            .Build(),
                        stoppingToken);
                    delay = TimeSpan.FromMilliseconds(250);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    IngestLog.ConnectFailed(_logger, _options.BrokerUrl!, ex.Message, delay);
                    await Task.Delay(delay, _time, stoppingToken);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackoff.Ticks));
                    continue;
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken);
        }
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var topic = e.ApplicationMessage.Topic;
        if (!EmbeddedBroker.IsForTheHub(topic))
        {
            return;
        }

        // Awaited before MQTTnet acknowledges the message: a full queue makes the broker wait.
        await _channel.WriteAsync(new MqttMessageItem(topic, e.ApplicationMessage.Payload.ToArray(), _time.GetUtcNow()), _stopping);
    }

    private static string NormaliseUri(string url) =>
        url.StartsWith("mqtt://", StringComparison.OrdinalIgnoreCase) ? "tcp://" + url["mqtt://".Length..] : url;
}

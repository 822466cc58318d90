using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using TrackHub.Hub.Hosting;
using TrackHub.Hub.Pipeline;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Ingest;

/// <summary>
/// The MQTT broker inside the hub (MQTTnet). Observations and statuses are taken in-process from the broker's publish
/// interception: the interceptor awaits the pipeline queue, so a full queue holds the publisher's PUBACK back instead
/// of dropping anything.
/// </summary>
public sealed class EmbeddedBroker : IHostedService, IMqttPublisher, IAsyncDisposable
{
    private const string HubClientId = "trackhub-hub";

    private readonly PipelineChannel _channel;
    private readonly MqttOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EmbeddedBroker> _logger;
    private MqttServer? _server;

    public EmbeddedBroker(PipelineChannel channel, IOptions<HubOptions> options, TimeProvider time, ILogger<EmbeddedBroker> logger)
    {
        _channel = channel;
        _options = options.Value.Mqtt;
        _time = time;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var address = IPAddress.Parse(_options.BindAddress);
        var serverOptions = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(address)
            .WithDefaultEndpointPort(_options.Port)
            .WithMaxPendingMessagesPerClient(_options.MaxPendingMessagesPerClient)
            .WithPersistentSessions()
            .Build();
        var server = new MqttServerFactory().CreateMqttServer(serverOptions);
        server.InterceptingPublishAsync += OnPublishAsync;
        server.ValidatingConnectionAsync += e =>
        {
            // MQTT lets a client leave its id to the broker (many small devices and mosquitto_pub do).
            if (string.IsNullOrEmpty(e.ClientId))
            {
                e.AssignedClientIdentifier = "auto-" + Guid.NewGuid().ToString("n");
            }

            return Task.CompletedTask;
        };
        server.ClientConnectedAsync += e =>
        {
            IngestLog.ClientConnected(_logger, e.ClientId, e.RemoteEndPoint?.ToString() ?? "?");
            return Task.CompletedTask;
        };

        try
        {
            await server.StartAsync();
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            server.Dispose();
            throw new InvalidOperationException(
                $"Hub:Mqtt:Port {_options.Port} is already in use on {_options.BindAddress} (is another MQTT broker running?). " +
                "Stop it, choose another port with Hub:Mqtt:Port, or use it with Hub:Mqtt:EmbeddedBroker=false and Hub:Mqtt:BrokerUrl.", ex);
        }

        _server = server;
        IngestLog.BrokerStarted(_logger, _options.BindAddress, _options.Port);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is { IsStarted: true } server)
        {
            await server.StopAsync(new MqttServerStopOptions());
        }
    }

    public async Task PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken)
    {
        var server = _server ?? throw new InvalidOperationException("The embedded broker is not running.");
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build();
        await server.InjectApplicationMessage(new InjectedMqttApplicationMessage(message) { SenderClientId = HubClientId }, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Everything under the contract prefix except our own acknowledgements; bad topics are dead-lettered downstream.</summary>
    internal static bool IsForTheHub(string topic) =>
        topic.StartsWith(Topics.Prefix, StringComparison.Ordinal) && !topic.EndsWith("/ack", StringComparison.Ordinal);

    private async Task OnPublishAsync(InterceptingPublishEventArgs e)
    {
        var topic = e.ApplicationMessage.Topic;
        if (e.ClientId == HubClientId || !IsForTheHub(topic))
        {
            return;
        }

        var payload = e.ApplicationMessage.Payload.ToArray();
        await _channel.WriteAsync(new MqttMessageItem(topic, payload, _time.GetUtcNow()), e.CancellationToken);
    }
}

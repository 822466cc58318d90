using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;
using TrackHub.Shared.Contracts;

namespace TrackHub.LoadGen.Gateways;

/// <summary>The gateway's MQTT session: connect with an offline last will, say online, reconnect, say offline.</summary>
public sealed partial class SimulatedGateway
{
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(_broker.Host, _broker.Port)
            .WithClientId("trackhub-loadgen-" + Id)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(true)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15))
            .WithTimeout(TimeSpan.FromSeconds(10))
            .WithWillTopic(Topics.Status(Id))
            .WithWillPayload(StatusJson(online: false))
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        await _client.ConnectAsync(options, cancellationToken);
        await _client.SubscribeAsync(
            new MqttClientSubscribeOptionsBuilder().WithTopicFilter(f => f.WithTopic(Topics.Ack(Id)).WithAtLeastOnceQoS()).Build(),
            cancellationToken);
        await PublishStatusAsync(online: true, cancellationToken);
    }

    /// <summary>Says offline (a clean disconnect does not fire the will) and disconnects.</summary>
    public async Task GoOfflineAsync()
    {
        if (!_client.IsConnected)
        {
            return;
        }

        using var grace = new CancellationTokenSource(OfflineGrace);
        try
        {
            await PublishStatusAsync(online: false, grace.Token);
            await _client.DisconnectAsync(new MqttClientDisconnectOptions(), grace.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or MQTTnet.Exceptions.MqttCommunicationException)
        {
            _errors.Add("mqtt", $"{Id}: clean disconnect failed: {ex.Message}");
        }
    }

    private async Task<bool> ReconnectAsync()
    {
        try
        {
            await _client.ReconnectAsync(CancellationToken.None);
            return true;
        }
        catch (Exception ex)
        {
            _errors.Add("mqtt", $"{Id}: reconnect failed: {ex.Message}");
            return false;
        }
    }

    private async Task PublishStatusAsync(bool online, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topics.Status(Id))
            .WithPayload(StatusJson(online))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag()
            .WithContentType("application/json")
            .Build();
        await _client.PublishAsync(message, cancellationToken);
    }

    private byte[] StatusJson(bool online) => JsonSerializer.SerializeToUtf8Bytes(
        new GatewayStatus { Gateway = Id, Online = online, Epoch = Epoch, SoftwareVersion = "loadgen", Started = _started, Sources = ["loadgen:simulated"] },
        WireJsonContext.Default.GatewayStatus);
}

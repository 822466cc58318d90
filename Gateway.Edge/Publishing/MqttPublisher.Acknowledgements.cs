using System.Text.Json;
using MQTTnet;
using TrackHub.Edge.Diagnostics;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Publishing;

/// <summary>
/// The hub's acknowledgements: only an ack of this gateway and of this outbox's epoch deletes batches. An ack of
/// another epoch is a leftover of a wiped gateway's earlier life, retained on the broker.
/// </summary>
public sealed partial class MqttPublisher
{
    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        if (!string.Equals(e.ApplicationMessage.Topic, _ackTopic, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            await ApplyAsync(e.ApplicationMessage);
        }
        finally
        {
            // After applying it: a connection waiting for the retained ack then starts from the right seq.
            _ackReceived.Fire();
        }
    }

    private async Task ApplyAsync(MqttApplicationMessage message)
    {
        HubAck? ack;
        try
        {
            var reader = new Utf8JsonReader(message.Payload);
            ack = JsonSerializer.Deserialize(ref reader, WireJsonContext.Default.HubAck);
        }
        catch (JsonException ex)
        {
            Log.AckMalformed(_logger, _ackTopic, ex.Message);
            return;
        }

        if (ack is null || ack.Version != WireContract.Version || !string.Equals(ack.Gateway, _identity.Gateway, StringComparison.Ordinal))
        {
            Log.AckMalformed(_logger, _ackTopic, ack is null ? "empty" : $"version {ack.Version}, gateway '{ack.Gateway}'");
            return;
        }

        if (ack.Epoch != _outbox.Epoch)
        {
            Log.AckForOtherEpoch(_logger, ack.Epoch, _outbox.Epoch);
            return;
        }

        if (ack.Sequence > _outbox.LastSequence)
        {
            Log.AckBeyondLast(_logger, ack.Sequence, ack.Epoch, _outbox.LastSequence);
        }

        // Deleting fires the outbox's acknowledgement pulse: that wakes the send loop, which restarts its stall clock.
        var before = _outbox.AcknowledgedSequence;
        var after = await _outbox.AcknowledgeAsync(ack.Sequence, CancellationToken.None);
        if (after > before)
        {
            Log.Acknowledged(_logger, after);
        }
    }
}

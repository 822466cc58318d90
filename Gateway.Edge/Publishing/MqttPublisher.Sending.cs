using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;
using TrackHub.Edge.Diagnostics;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Threading;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Publishing;

/// <summary>The send loop of one connection: in order, within the window, resending after a stalled ack.</summary>
public sealed partial class MqttPublisher
{
    private const int ReadChunk = 64;
    private static readonly TimeSpan IdleWake = TimeSpan.FromMinutes(1);

    private long _highestSent;

    private async Task SendAsync(Task connectionLost, CancellationToken cancellationToken)
    {
        // After every (re)connect resend everything the hub has not acknowledged: the broker may have lost it.
        var next = _outbox.AcknowledgedSequence + 1;
        Log.Connected(_logger, _broker.ToString(), _clientId, next);
        _stall.Restart();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (connectionLost.IsCompleted || !_client.IsConnected)
            {
                throw new MqttClientNotConnectedException();
            }

            var wake = Task.WhenAny(_outbox.NextAppend, _outbox.NextAcknowledgement, connectionLost);
            var acked = _outbox.AcknowledgedSequence;
            _stall.Observe(acked);
            next = Math.Max(next, acked + 1);
            var inFlight = next - 1 - acked;

            // Read once: the wait below must use the same value the stall check saw.
            var remaining = _stall.Remaining;
            if (inFlight > 0 && remaining == TimeSpan.Zero)
            {
                Log.AckStalled(_logger, acked, _stall.Waited.TotalSeconds, next - 1, acked + 1);
                next = acked + 1;
                _stall.BackOff();
                continue;
            }

            var room = _options.Window - inFlight;
            if (room > 0)
            {
                var batches = await _outbox.ReadAfterAsync(next - 1, (int)Math.Min(room, ReadChunk), cancellationToken);
                if (batches.Count > 0)
                {
                    if (inFlight == 0)
                    {
                        // Nothing was outstanding: the hub's clock starts with this send, not with its last ack.
                        _stall.Restart();
                    }

                    foreach (var batch in batches)
                    {
                        // An acknowledgement that arrived while this chunk went out makes the rest of it redundant.
                        if (batch.Sequence > _outbox.AcknowledgedSequence)
                        {
                            await PublishBatchAsync(batch, cancellationToken);
                        }

                        next = batch.Sequence + 1;
                    }

                    continue;
                }
            }

            await Pulse.WaitAsync(wake, inFlight > 0 ? remaining : IdleWake, _time, cancellationToken);
        }
    }

    private async Task PublishBatchAsync(OutboxBatch batch, CancellationToken cancellationToken)
    {
        var oldest = Math.Min(_outbox.AcknowledgedSequence + 1, batch.Sequence);
        var payload = BatchEnvelope.Write(_identity.Gateway, _outbox.Epoch, batch.Sequence, oldest, _time.GetUtcNow(), batch.ObservationsJson.Span);
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(Topics.Observations(_identity.Gateway))
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithContentType("application/json")
            .Build();

        // Awaiting each PUBACK before the next publish is what keeps the broker's copy in seq order.
        var result = await _client.PublishAsync(message, cancellationToken);
        if (result.ReasonCode is not (MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers))
        {
            throw new BrokerRefusedException(batch.Sequence, $"{result.ReasonCode} {result.ReasonString}".Trim());
        }

        var resend = batch.Sequence <= _highestSent;
        _highestSent = Math.Max(_highestSent, batch.Sequence);
        InterlockedMax(ref _acceptedSequence, batch.Sequence);
        _brokerAccepted.Fire();
        _metrics.BatchPublished(resend);
    }

    private static void InterlockedMax(ref long location, long value)
    {
        var current = Interlocked.Read(ref location);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref location, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}

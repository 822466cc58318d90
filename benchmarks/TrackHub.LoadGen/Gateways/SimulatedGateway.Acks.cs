using System.Text.Json;
using MQTTnet;
using TrackHub.LoadGen.Measurement;
using TrackHub.Shared.Contracts;

namespace TrackHub.LoadGen.Gateways;

/// <summary>The hub's acknowledgements: every batch up to the acked <c>seq</c> is stored; how long that took.</summary>
public sealed partial class SimulatedGateway
{
    private readonly Lock _sentLock = new();
    private readonly Queue<(long Seq, long Timestamp, bool Measured)> _unacked = new();
    private readonly LatencyRecorder _hubAck = new();
    private TaskCompletionSource _ackAdvanced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _acked;

    /// <summary>The highest <c>seq</c> the hub has acknowledged as stored.</summary>
    public long AckedSequence => Interlocked.Read(ref _acked);

    /// <summary>Time from publishing a batch to the hub's acknowledgement that it is stored (since <see cref="Measure"/>).</summary>
    public LatencyRecorder HubAck => _hubAck;

    /// <summary>Waits until the hub has acknowledged every batch sent; false when <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitForAcksAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _time.GetTimestamp() + (long)(timeout.TotalSeconds * _time.TimestampFrequency);
        while (true)
        {
            var advanced = Volatile.Read(ref _ackAdvanced).Task;
            if (AckedSequence >= LastSequence)
            {
                return true;
            }

            var left = TimeSpan.FromSeconds((double)(deadline - _time.GetTimestamp()) / _time.TimestampFrequency);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                await advanced.WaitAsync(left, _time, cancellationToken);
            }
            catch (TimeoutException)
            {
                return false;
            }
        }
    }

    /// <summary>Noted before the publish: the hub's ack may be handled before our PUBACK continuation runs.</summary>
    private void Sending(long seq, bool measured)
    {
        lock (_sentLock)
        {
            _unacked.Enqueue((seq, _time.GetTimestamp(), measured));
        }
    }

    private void Sent(long seq, int observations)
    {
        Interlocked.Exchange(ref _sequence, seq);
        Interlocked.Add(ref _observations, observations);
        Interlocked.Increment(ref _batches);
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        if (e.ApplicationMessage.Topic != Topics.Ack(Id))
        {
            return Task.CompletedTask;
        }

        HubAck? ack;
        try
        {
            var reader = new Utf8JsonReader(e.ApplicationMessage.Payload);
            ack = JsonSerializer.Deserialize(ref reader, WireJsonContext.Default.HubAck);
        }
        catch (JsonException ex)
        {
            _errors.Add("ack", $"unreadable hub acknowledgement: {ex.Message}");
            return Task.CompletedTask;
        }

        // A retained ack of an earlier run (another epoch) is not ours.
        if (ack is null || ack.Epoch != Epoch)
        {
            return Task.CompletedTask;
        }

        var now = _time.GetTimestamp();
        lock (_sentLock)
        {
            while (_unacked.TryPeek(out var sent) && sent.Seq <= ack.Sequence)
            {
                _unacked.Dequeue();
                if (sent.Measured)
                {
                    _hubAck.Record(_time.GetElapsedTime(sent.Timestamp, now).TotalMilliseconds);
                }
            }
        }

        if (ack.Sequence > Interlocked.Read(ref _acked))
        {
            Interlocked.Exchange(ref _acked, ack.Sequence);
            Interlocked.Exchange(ref _ackAdvanced, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        return Task.CompletedTask;
    }
}

using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using TrackHub.Edge.Diagnostics;
using TrackHub.Edge.Outbox;
using TrackHub.Shared.Contracts;
using TrackHub.Shared.Protocols.Nmea0183;

namespace TrackHub.Edge.Sources;

/// <summary>
/// A live NMEA feed over TCP (a receiver's network port, gpsd's raw NMEA on 2947 with <c>?WATCH</c> off, ser2net):
/// reconnects with backoff when the connection cannot be made or drops. Fixes far from the gateway's clock are
/// rejected as receiver clock faults (GPS week rollover); replayed files are not checked, history is history.
/// </summary>
public sealed class NmeaTcpSource(
    string host,
    int port,
    string deviceId,
    TimeSpan maxClockSkew,
    TimeProvider time,
    ILogger logger,
    TimeSpan? reconnectMin = null,
    TimeSpan? reconnectMax = null) : IObservationSource
{
    public const string ClockSkew = "clock-skew";

    private readonly TimeSpan _reconnectMin = reconnectMin ?? TimeSpan.FromSeconds(1);
    private readonly TimeSpan _reconnectMax = reconnectMax ?? TimeSpan.FromSeconds(30);
    private long _position;
    private long _emitted;

    public string Name => $"nmea-tcp:{deviceId}";

    public string? CheckpointKey => null;

    private string Endpoint => $"{host}:{port}";

    public async IAsyncEnumerable<SourceRecord> ReadAsync(SourceCheckpoint? resumeFrom, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var backoff = _reconnectMin;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (client, problem) = await ConnectAsync(cancellationToken);
            if (client is null)
            {
                Log.FeedUnreachable(logger, Name, Endpoint, problem!, backoff.TotalSeconds);
                await Task.Delay(backoff, time, cancellationToken);
                backoff = backoff * 2 < _reconnectMax ? backoff * 2 : _reconnectMax;
                continue;
            }

            Log.FeedConnected(logger, Name, Endpoint);
            backoff = _reconnectMin;
            using (client)
            {
                // A new connection starts a new stream: the receiver's half-sent epoch is not continued.
                var assembler = new NmeaFixAssembler(deviceId);
                using var reader = new StreamReader(client.GetStream(), Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
                while (true)
                {
                    var (line, lost) = await ReadLineAsync(reader, cancellationToken);
                    if (line is null)
                    {
                        Log.FeedUnreachable(logger, Name, Endpoint, lost ?? "closed by the device", _reconnectMin.TotalSeconds);
                        break;
                    }

                    _position++;
                    var result = assembler.Push(line);
                    if (Record(result.Fix, result.Rejected) is { } record)
                    {
                        yield return record;
                    }
                }

                var last = assembler.Complete(out var rejected);
                if (Record(last, rejected) is { } final)
                {
                    yield return final;
                }
            }

            await Task.Delay(_reconnectMin, time, cancellationToken);
        }
    }

    private SourceRecord? Record(GpsObservation? fix, Rejection? rejected)
    {
        if (fix is not null)
        {
            var skew = fix.Timestamp - time.GetUtcNow();
            if (skew.Duration() > maxClockSkew)
            {
                rejected ??= new Rejection(ClockSkew,
                    $"fix time {UtcTimestampConverter.Format(fix.Timestamp)} is {skew.TotalSeconds:0} s from the gateway's clock (limit {maxClockSkew.TotalSeconds:0} s)");
                fix = null;
            }
        }

        if (fix is null && rejected is null)
        {
            return null;
        }

        if (fix is not null)
        {
            _emitted++;
        }

        return new SourceRecord(fix, rejected, _position, _emitted);
    }

    private async Task<(TcpClient? Client, string? Problem)> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await client.ConnectAsync(host, port, timeout.Token);
            return (client, null);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            return (null, ex is SocketException ? ex.Message : "connection timed out");
        }
    }

    private static async Task<(string? Line, string? Problem)> ReadLineAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return (await reader.ReadLineAsync(cancellationToken), null);
        }
        catch (IOException ex)
        {
            return (null, ex.Message);
        }
    }
}

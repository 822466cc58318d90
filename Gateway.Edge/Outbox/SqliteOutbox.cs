using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TrackHub.Edge.Diagnostics;
using TrackHub.Edge.Threading;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Outbox;

/// <summary>
/// The gateway's disk outbox (SQLite, WAL). Every batch passes through it: it assigns <c>seq</c>, stores the batch
/// together with the sources' checkpoints in one transaction, and deletes batches only when the hub acknowledges them.
/// <c>epoch</c> is fixed when the store is first created and kept for as long as the file lives.
/// </summary>
public sealed class SqliteOutbox : IBatchSink, IDisposable
{
    public const string FileName = "outbox.db";

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly long _maxBytes;
    private readonly ILogger _logger;
    private readonly Pulse _appended = new();
    private readonly Pulse _acknowledged = new();
    private long _nextSequence;
    private long _acked;
    private long _bytes;
    private int _count;

    private SqliteOutbox(SqliteConnection connection, string gateway, long epoch, long nextSequence, long acked, long maxBytes, ILogger logger)
    {
        _logger = logger;
        _connection = connection;
        Gateway = gateway;
        Epoch = epoch;
        _nextSequence = nextSequence;
        _acked = acked;
        _maxBytes = maxBytes;
    }

    public string Gateway { get; }

    /// <summary>Unix milliseconds when this outbox was first created.</summary>
    public long Epoch { get; }

    /// <summary>The highest <c>seq</c> assigned so far (0 before the first batch).</summary>
    public long LastSequence => Interlocked.Read(ref _nextSequence) - 1;

    /// <summary>Everything up to and including this <c>seq</c> is acknowledged by the hub and deleted.</summary>
    public long AcknowledgedSequence => Interlocked.Read(ref _acked);

    /// <summary>Batches held (published or not) that the hub has not acknowledged.</summary>
    public int Depth => Volatile.Read(ref _count);

    /// <summary>Bytes of observation payloads held.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Completes at the next append.</summary>
    internal Task NextAppend => _appended.Next;

    /// <summary>Completes at the next acknowledgement that deleted batches.</summary>
    internal Task NextAcknowledgement => _acknowledged.Next;

    public static SqliteOutbox Open(string directory, string gateway, OutboxOptions options, TimeProvider time, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            OutboxSchema.Apply(connection);
            var meta = OutboxSchema.ReadMeta(connection);
            if (!meta.TryGetValue(OutboxSchema.EpochKey, out var epochText))
            {
                epochText = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
                OutboxSchema.Initialise(connection, gateway, epochText);
                meta = OutboxSchema.ReadMeta(connection);
            }

            var owner = meta[OutboxSchema.GatewayKey];
            if (!string.Equals(owner, gateway, StringComparison.Ordinal))
            {
                throw new OutboxStateException(
                    $"the state directory '{directory}' holds the outbox of gateway '{owner}', not '{gateway}'; use another state directory");
            }

            var outbox = new SqliteOutbox(
                connection, gateway, long.Parse(epochText, System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(meta[OutboxSchema.NextSequenceKey], System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(meta[OutboxSchema.AckedKey], System.Globalization.CultureInfo.InvariantCulture),
                options.MaxBytes, logger);
            (outbox._count, outbox._bytes) = OutboxSchema.ReadSize(connection);
            Log.OutboxOpened(logger, path, gateway, outbox.Epoch, outbox.Depth, outbox.LastSequence, outbox.AcknowledgedSequence);
            return outbox;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new OutboxStateException($"the outbox '{path}' cannot be opened: {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async ValueTask<long> AppendAsync(IReadOnlyList<Observation> observations, IReadOnlyCollection<SourceCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(observations.Count);
        var payload = Serialize(observations);
        await WaitForSpaceAsync(payload.Length, cancellationToken);

        await _lock.WaitAsync(cancellationToken);
        try
        {
            var seq = _nextSequence;
            using (var transaction = _connection.BeginTransaction())
            {
                OutboxSchema.InsertBatch(_connection, transaction, seq, observations.Count, payload);
                foreach (var checkpoint in checkpoints)
                {
                    OutboxSchema.SaveCheckpoint(_connection, transaction, checkpoint);
                }

                OutboxSchema.SetMeta(_connection, transaction, OutboxSchema.NextSequenceKey, seq + 1);
                transaction.Commit();
            }

            Interlocked.Exchange(ref _nextSequence, seq + 1);
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _bytes, payload.Length);
            _appended.Fire();
            return seq;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Up to <paramref name="max"/> batches with <c>seq</c> above <paramref name="afterSequence"/>, in order.</summary>
    public async Task<IReadOnlyList<OutboxBatch>> ReadAfterAsync(long afterSequence, int max, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return OutboxSchema.ReadBatches(_connection, afterSequence, max);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// The hub has applied every batch up to <paramref name="sequence"/>: delete them. Returns the acknowledged
    /// <c>seq</c> afterwards (an ack beyond the last assigned batch is capped to it; an older ack changes nothing).
    /// </summary>
    public async Task<long> AcknowledgeAsync(long sequence, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var upTo = Math.Min(sequence, _nextSequence - 1);
            if (upTo <= _acked)
            {
                return _acked;
            }

            using (var transaction = _connection.BeginTransaction())
            {
                OutboxSchema.DeleteThrough(_connection, transaction, upTo);
                OutboxSchema.SetMeta(_connection, transaction, OutboxSchema.AckedKey, upTo);
                transaction.Commit();
            }

            var (count, bytes) = OutboxSchema.ReadSize(_connection);
            Interlocked.Exchange(ref _acked, upTo);
            Volatile.Write(ref _count, count);
            Interlocked.Exchange(ref _bytes, bytes);
            _acknowledged.Fire();
            return upTo;
        }
        finally
        {
            _lock.Release();
        }
    }

    public SourceCheckpoint? GetCheckpoint(string source)
    {
        _lock.Wait();
        try
        {
            return OutboxSchema.ReadCheckpoint(_connection, source);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Completes once the hub has acknowledged every batch up to <paramref name="sequence"/>.</summary>
    public async Task WaitForAcknowledgementAsync(long sequence, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = _acknowledged.Next;
            if (AcknowledgedSequence >= sequence)
            {
                return;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _lock.Dispose();
    }

    private async Task WaitForSpaceAsync(int size, CancellationToken cancellationToken)
    {
        // One batch always fits, however large: an empty outbox must never block the sources forever.
        var reported = false;
        while (true)
        {
            var next = _acknowledged.Next;
            var held = Bytes;
            if (held == 0 || held + size <= _maxBytes)
            {
                return;
            }

            if (!reported)
            {
                Log.OutboxFull(_logger, held, Depth);
                reported = true;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    private static byte[] Serialize(IReadOnlyList<Observation> observations)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var observation in observations)
            {
                JsonSerializer.Serialize(writer, observation, WireJsonContext.Default.Observation);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }
}

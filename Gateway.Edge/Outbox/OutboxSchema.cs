using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TrackHub.Edge.Outbox;

/// <summary>The outbox's tables and statements. Callers hold the outbox lock.</summary>
internal static class OutboxSchema
{
    public const string EpochKey = "epoch";
    public const string GatewayKey = "gateway";
    public const string NextSequenceKey = "next_seq";
    public const string AckedKey = "acked";

    public static void Apply(SqliteConnection connection)
    {
        // WAL: the publisher reads while the batcher appends. synchronous=FULL: a committed batch survives power loss,
        // which is the point of an outbox on a gateway in a cabinet.
        Execute(connection, null, """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA busy_timeout = 5000;
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS batches (seq INTEGER PRIMARY KEY, items INTEGER NOT NULL, obs BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS checkpoints (
                source TEXT PRIMARY KEY NOT NULL, emitted INTEGER NOT NULL, position INTEGER NOT NULL);
            """);
    }

    public static void Initialise(SqliteConnection connection, string gateway, string epoch)
    {
        using var transaction = connection.BeginTransaction();
        SetMeta(connection, transaction, EpochKey, epoch);
        SetMeta(connection, transaction, GatewayKey, gateway);
        SetMeta(connection, transaction, NextSequenceKey, 1);
        SetMeta(connection, transaction, AckedKey, 0);
        transaction.Commit();
    }

    public static Dictionary<string, string> ReadMeta(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta";
        using var reader = command.ExecuteReader();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            meta[reader.GetString(0)] = reader.GetString(1);
        }

        return meta;
    }

    public static void SetMeta(SqliteConnection connection, SqliteTransaction transaction, string key, long value) =>
        SetMeta(connection, transaction, key, value.ToString(CultureInfo.InvariantCulture));

    public static void SetMeta(SqliteConnection connection, SqliteTransaction transaction, string key, string value) =>
        Execute(connection, transaction, "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT (key) DO UPDATE SET value = $v",
            ("$k", key), ("$v", value));

    public static void InsertBatch(SqliteConnection connection, SqliteTransaction transaction, long seq, int items, byte[] payload) =>
        Execute(connection, transaction, "INSERT INTO batches (seq, items, obs) VALUES ($s, $n, $o)",
            ("$s", seq), ("$n", items), ("$o", payload));

    public static void SaveCheckpoint(SqliteConnection connection, SqliteTransaction transaction, SourceCheckpoint checkpoint) =>
        Execute(connection, transaction, """
            INSERT INTO checkpoints (source, emitted, position) VALUES ($s, $e, $p)
            ON CONFLICT (source) DO UPDATE SET emitted = $e, position = $p
            """,
            ("$s", checkpoint.Source), ("$e", checkpoint.Emitted), ("$p", checkpoint.Position));

    public static SourceCheckpoint? ReadCheckpoint(SqliteConnection connection, string source)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT emitted, position FROM checkpoints WHERE source = $s";
        command.Parameters.AddWithValue("$s", source);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new SourceCheckpoint(source, reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    public static List<OutboxBatch> ReadBatches(SqliteConnection connection, long afterSequence, int max)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, items, obs FROM batches WHERE seq > $a ORDER BY seq LIMIT $m";
        command.Parameters.AddWithValue("$a", afterSequence);
        command.Parameters.AddWithValue("$m", max);
        using var reader = command.ExecuteReader();
        var batches = new List<OutboxBatch>();
        while (reader.Read())
        {
            batches.Add(new OutboxBatch(reader.GetInt64(0), reader.GetInt32(1), (byte[])reader.GetValue(2)));
        }

        return batches;
    }

    public static void DeleteThrough(SqliteConnection connection, SqliteTransaction transaction, long seq) =>
        Execute(connection, transaction, "DELETE FROM batches WHERE seq <= $s", ("$s", seq));

    public static (int Count, long Bytes) ReadSize(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(SUM(length(obs)), 0) FROM batches";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt64(1));
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}

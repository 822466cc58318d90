using System.Collections.Concurrent;

namespace TrackHub.LoadGen.Measurement;

/// <summary>Everything that went wrong during a run, counted by kind and message.</summary>
public sealed class ErrorLog
{
    private readonly ConcurrentDictionary<(string Kind, string Message), long> _counts = new();

    public long Total => _counts.Values.Sum();

    public void Add(string kind, string message) => _counts.AddOrUpdate((kind, message), 1, (_, n) => n + 1);

    public IReadOnlyList<ErrorCount> Snapshot() =>
        [.. _counts.Select(kv => new ErrorCount(kv.Key.Kind, kv.Key.Message, kv.Value)).OrderByDescending(e => e.Count)];
}

public sealed record ErrorCount(string Kind, string Message, long Count);

using System.Collections.Concurrent;

namespace TrackHub.Edge.Pipeline;

/// <summary>What one run of the pipeline did: for logs and the replay summary.</summary>
public sealed class IngestStats
{
    private readonly ConcurrentDictionary<string, int> _rejections = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failedSources = new();
    private long _observations;
    private long _batches;
    private long _firstSequence;
    private long _lastSequence;

    public long Observations => Interlocked.Read(ref _observations);

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>The first and last <c>seq</c> stored by this run; 0 when none.</summary>
    public (long First, long Last) Sequences => (Interlocked.Read(ref _firstSequence), Interlocked.Read(ref _lastSequence));

    public int RejectedTotal => _rejections.Values.Sum();

    /// <summary>Rejections by reason code, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Rejections =>
        [.. _rejections.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)];

    /// <summary>Sources that stopped on an error before their input ended.</summary>
    public IReadOnlyList<string> FailedSources => [.. _failedSources];

    internal void SourceFailed(string name) => _failedSources.Enqueue(name);

    internal void BatchStored(long sequence, int observations)
    {
        Interlocked.CompareExchange(ref _firstSequence, sequence, 0);
        Interlocked.Exchange(ref _lastSequence, sequence);
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _observations, observations);
    }

    internal void Rejected(string code) => _rejections.AddOrUpdate(code, 1, (_, n) => n + 1);
}

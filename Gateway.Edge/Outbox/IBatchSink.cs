using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Outbox;

/// <summary>Where the batcher puts a closed batch, and where sources find their checkpoints: the <see cref="SqliteOutbox"/>.</summary>
public interface IBatchSink
{
    SourceCheckpoint? GetCheckpoint(string source);

    /// <summary>
    /// Stores the batch and advances the checkpoints atomically; returns its <c>seq</c>. Waits while the outbox is full.
    /// </summary>
    ValueTask<long> AppendAsync(IReadOnlyList<Observation> observations, IReadOnlyCollection<SourceCheckpoint> checkpoints, CancellationToken cancellationToken);
}

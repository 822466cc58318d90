using TrackHub.Edge.Outbox;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Tests.Support;

/// <summary>The real outbox with a power cut at the N-th append: that append throws and its batch is not stored.</summary>
public sealed class FailingSink(SqliteOutbox outbox, int atAppend) : IBatchSink
{
    private int _appends;

    public SourceCheckpoint? GetCheckpoint(string source) => outbox.GetCheckpoint(source);

    public ValueTask<long> AppendAsync(IReadOnlyList<Observation> observations, IReadOnlyCollection<SourceCheckpoint> checkpoints, CancellationToken cancellationToken) =>
        ++_appends == atAppend
            ? throw new IOException("power cut")
            : outbox.AppendAsync(observations, checkpoints, cancellationToken);
}

using TrackHub.Edge.Outbox;

namespace TrackHub.Edge.Sources;

/// <summary>A device source: a capture file replayed, a live NMEA feed, the demo simulator.</summary>
public interface IObservationSource
{
    /// <summary>How the gateway status names it, e.g. <c>nmea-tcp:van-1</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The key of this source's checkpoint in the outbox when it can resume (files); null for live sources, which
    /// produce new data and have nothing to resume.
    /// </summary>
    string? CheckpointKey { get; }

    /// <summary>Reads until the input ends (files) or <paramref name="cancellationToken"/> stops it (live sources).</summary>
    IAsyncEnumerable<SourceRecord> ReadAsync(SourceCheckpoint? resumeFrom, CancellationToken cancellationToken);
}

using System.Runtime.CompilerServices;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Replay;

namespace TrackHub.Edge.Sources;

/// <summary>
/// Replays a capture file through an <see cref="ICaptureReader"/>, paced by event time. It resumes from a checkpoint by
/// reading the file again from the start and skipping what the checkpoint covers: readers that assemble fixes from
/// several lines (NMEA) then rebuild exactly the same observations, so nothing is read twice and nothing is skipped.
/// </summary>
public sealed class FileReplaySource(string path, string deviceOrName, ICaptureReader reader, ReplayTiming timing, TimeProvider time)
    : IObservationSource
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Name { get; } = $"{reader.Format}:{deviceOrName}";

    public string CheckpointKey => $"file:{reader.Format}:{deviceOrName}:{Path}";

    public async IAsyncEnumerable<SourceRecord> ReadAsync(SourceCheckpoint? resumeFrom, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pacer = new ReplayPacer(timing.Speed, time);
        TimeSpan? shift = timing.ShiftToNow ? null : TimeSpan.Zero;
        long emitted = 0;
        await using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: false);
        foreach (var record in reader.Read(stream))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rejected = record.Rejected;
            if (rejected is not null && resumeFrom is not null && record.Position <= resumeFrom.Position)
            {
                rejected = null; // reported by the run that wrote the checkpoint
            }

            var observation = record.Observation;
            if (observation is not null)
            {
                emitted++;
                if (resumeFrom is not null && emitted <= resumeFrom.Emitted)
                {
                    observation = null;
                }
            }

            if (observation is not null)
            {
                await pacer.WaitAsync(observation.Timestamp, cancellationToken);
                shift ??= time.GetUtcNow() - observation.Timestamp;
                observation = ObservationTime.Shift(observation, shift.Value);
            }

            if (observation is not null || rejected is not null)
            {
                yield return new SourceRecord(observation, rejected, record.Position, emitted);
            }
        }
    }
}

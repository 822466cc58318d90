using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrackHub.Domain.Checkpoints;
using TrackHub.Hub.Persistence.Json;
using TrackHub.Hub.Persistence.Rows;

namespace TrackHub.Hub.Persistence;

public sealed partial class HubStore
{
    /// <summary>Replaces the single checkpoint row (one statement when it exists, as it does after the first commit); returns its size in bytes.</summary>
    private static async Task<int> SaveCheckpointAsync(TrackHubDbContext db, EngineCheckpoint checkpoint, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        var row = RecordMapping.ToRow(checkpoint, savedAt);
        var updated = await db.EngineCheckpoints
            .Where(c => c.Id == EngineCheckpointRow.SingleId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Format, row.Format)
                    .SetProperty(c => c.EventClock, row.EventClock)
                    .SetProperty(c => c.SavedAt, row.SavedAt)
                    .SetProperty(c => c.Document, row.Document),
                cancellationToken);
        if (updated == 0)
        {
            db.Add(row);
        }

        return Encoding.UTF8.GetByteCount(row.Document);
    }

    /// <summary>
    /// The stored checkpoint, or null. One that cannot be read (edited by hand, or written by a newer hub) is logged
    /// and left out: the hub then starts without its in-flight state rather than not at all.
    /// </summary>
    private async Task<EngineCheckpoint?> LoadCheckpointAsync(TrackHubDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.EngineCheckpoints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == EngineCheckpointRow.SingleId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        try
        {
            return StoreJson.ReadCheckpoint(row.Document);
        }
        catch (JsonException ex)
        {
            LogCheckpointUnreadable(logger, ex, row.Format, row.SavedAt, ex.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "The stored engine checkpoint (format {Format}, saved {SavedAt:o}) cannot be read: {Reason}. Open gate passages, recent BLE sightings and run-hour recording times start afresh")]
    private static partial void LogCheckpointUnreadable(ILogger logger, Exception exception, int format, DateTimeOffset savedAt, string reason);
}

namespace TrackHub.Hub.Persistence.Rows;

/// <summary>
/// The domain engine's in-flight state (table <c>engine_checkpoint</c>): a single row, replaced in the same transaction
/// as every commit that changed it.
/// </summary>
public sealed class EngineCheckpointRow
{
    /// <summary>The one row's key: one hub, one engine.</summary>
    public const int SingleId = 1;

    public int Id { get; set; }

    /// <summary>Layout of <see cref="Document"/> (<c>EngineCheckpoint.Format</c>).</summary>
    public int Format { get; set; }

    /// <summary>The engine's event clock when it was taken.</summary>
    public DateTimeOffset? EventClock { get; set; }

    /// <summary>Wall-clock time of the commit that wrote it.</summary>
    public DateTimeOffset SavedAt { get; set; }

    /// <summary>The checkpoint as JSON.</summary>
    public required string Document { get; set; }
}

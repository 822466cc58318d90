using System.Text.Json.Serialization;

namespace TrackHub.Domain.Checkpoints;

/// <summary>
/// The engine's in-flight state: what it holds between observations that the stored asset states do not — tag reads
/// waiting for the gate's other antenna, passages still collecting crossings, recent BLE sightings, when each asset's
/// run hours were last recorded, a counter reading held as suspect. Stored in the same transaction as the commit that
/// changed it, so a hub that stops (or crashes) between a tag's outside and inside reads still decides the passage once
/// it is back. Plain data, and only what is still inside its window at <see cref="EventClock"/>.
/// </summary>
/// <remarks>
/// Not in it: the GPS points behind <see cref="TrackingEngine.RecentTrack"/>. No decision reads them, they are up to
/// 500 points per vehicle that every commit with a fix would rewrite, and the fixes themselves are stored (batches,
/// InfluxDB); the track starts again after a restart.
/// </remarks>
public sealed record EngineCheckpoint
{
    /// <summary>The layout this hub writes and reads; a checkpoint of another layout is not restored.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The engine's event clock when the checkpoint was taken (null before the first observation).</summary>
    public DateTimeOffset? EventClock { get; init; }

    /// <summary>Per (gate, tag), the reads on each side still inside the gate window.</summary>
    public IReadOnlyList<GateTrackCheckpoint> GateTracks { get; init; } = [];

    /// <summary>Passages still collecting crossings, in the order the engine holds them.</summary>
    public IReadOnlyList<OpenPassageCheckpoint> OpenPassages { get; init; } = [];

    /// <summary>Assets with rule state inside its window.</summary>
    public IReadOnlyList<AssetCheckpoint> Assets { get; init; } = [];

    [JsonIgnore]
    public bool IsEmpty => GateTracks.Count == 0 && OpenPassages.Count == 0 && Assets.Count == 0;
}

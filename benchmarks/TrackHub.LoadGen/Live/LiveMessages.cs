using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrackHub.LoadGen.Live;

// The parts of the hub's SiteSnapshot and ChangeBatch (docs/realtime.md) that the load generator reads; the rest of
// each message is skipped, as any client that only needs some of it may do.

/// <summary>An asset as a wall screen sees it, reduced to what the latency measurement needs.</summary>
public sealed record LiveAsset(string Id, DateTimeOffset? LastSeen);

/// <summary>The answer to <c>Subscribe(site)</c>.</summary>
public sealed record LiveSnapshot(string Instance, long Version, IReadOnlyList<LiveAsset> Assets);

/// <summary>A <c>changes</c> message: every change after <see cref="FromVersion"/> up to <see cref="Version"/>.</summary>
public sealed record LiveChanges(string Instance, long FromVersion, long Version, IReadOnlyList<LiveAsset> Assets);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LiveSnapshot))]
[JsonSerializable(typeof(LiveChanges))]
internal sealed partial class LiveJsonContext : JsonSerializerContext;

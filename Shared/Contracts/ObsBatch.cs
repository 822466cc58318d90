using System.Text.Json.Serialization;

namespace TrackHub.Shared.Contracts;

/// <summary>
/// The payload of <c>trackhub/v1/gw/{gw}/obs</c>: one batch of observations from one gateway.
/// <c>(Gateway, Epoch, Sequence)</c> identifies the batch; the hub applies each at most once.
/// </summary>
public sealed record ObsBatch
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = WireContract.Version;

    [JsonPropertyName("gw")]
    public required string Gateway { get; init; }

    /// <summary>Fixed when the gateway's storage was first created (Unix milliseconds); a wiped gateway gets a new one.</summary>
    [JsonPropertyName("epoch")]
    public required long Epoch { get; init; }

    /// <summary>Rises by one per batch within an epoch, starting at 1, and survives restarts.</summary>
    [JsonPropertyName("seq")]
    public required long Sequence { get; init; }

    /// <summary>
    /// Optional: the oldest <c>seq</c> the gateway still holds unacknowledged by the hub. The hub treats every earlier
    /// <c>seq</c> of this epoch as settled, so its acknowledgement can advance past batches it never saw.
    /// </summary>
    [JsonPropertyName("oldest")]
    public long? Oldest { get; init; }

    [JsonPropertyName("sent")]
    public DateTimeOffset? Sent { get; init; }

    [JsonPropertyName("obs")]
    public required IReadOnlyList<Observation> Observations { get; init; }
}

using System.Text.Json.Serialization;

namespace TrackHub.Shared.Contracts;

/// <summary>
/// The retained payload of <c>trackhub/v1/gw/{gw}/ack</c>, published by the hub once batches are stored:
/// every batch of <see cref="Epoch"/> up to and including <see cref="Sequence"/> is applied. A gateway may drop
/// those from its outbox and must resend anything later that it still holds.
/// </summary>
public sealed record HubAck
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = WireContract.Version;

    [JsonPropertyName("gw")]
    public required string Gateway { get; init; }

    [JsonPropertyName("epoch")]
    public required long Epoch { get; init; }

    [JsonPropertyName("seq")]
    public required long Sequence { get; init; }
}

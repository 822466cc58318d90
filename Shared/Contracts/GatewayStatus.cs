using System.Text.Json.Serialization;

namespace TrackHub.Shared.Contracts;

/// <summary>
/// The retained payload of <c>trackhub/v1/gw/{gw}/status</c>. The same JSON with <c>online: false</c> is the MQTT last will.
/// </summary>
public sealed record GatewayStatus
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = WireContract.Version;

    [JsonPropertyName("gw")]
    public required string Gateway { get; init; }

    [JsonPropertyName("online")]
    public required bool Online { get; init; }

    [JsonPropertyName("epoch")]
    public required long Epoch { get; init; }

    /// <summary>Gateway software version.</summary>
    [JsonPropertyName("version")]
    public string? SoftwareVersion { get; init; }

    [JsonPropertyName("started")]
    public DateTimeOffset? Started { get; init; }

    /// <summary>The device sources the gateway reads, e.g. <c>llrp:fx9600-1</c>, <c>ble:bay-3</c>.</summary>
    [JsonPropertyName("sources")]
    public IReadOnlyList<string>? Sources { get; init; }
}

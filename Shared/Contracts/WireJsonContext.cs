using System.Text.Json.Serialization;

namespace TrackHub.Shared.Contracts;

/// <summary>Source-generated JSON for the wire contract; the hot path of edge and hub.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(UtcTimestampConverter)])]
[JsonSerializable(typeof(ObsBatch))]
[JsonSerializable(typeof(Observation))]
[JsonSerializable(typeof(RfidObservation))]
[JsonSerializable(typeof(BleObservation))]
[JsonSerializable(typeof(GpsObservation))]
[JsonSerializable(typeof(EngineObservation))]
[JsonSerializable(typeof(IoObservation))]
[JsonSerializable(typeof(GatewayStatus))]
[JsonSerializable(typeof(HubAck))]
public sealed partial class WireJsonContext : JsonSerializerContext;

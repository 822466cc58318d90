using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Persistence.Json;

/// <summary>Reads and writes the JSON columns.</summary>
internal static class StoreJson
{
    private static readonly JsonTypeInfo<DomainEvent> EventInfo = EventTypeInfo();

    public static string Write(DomainEvent value) => JsonSerializer.Serialize(value, EventInfo);

    public static DomainEvent ReadEvent(string json) =>
        JsonSerializer.Deserialize(json, EventInfo) ?? throw new JsonException("A stored event is JSON null.");

    public static string Write(IReadOnlyList<string> value) => JsonSerializer.Serialize(value, StoreJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> ReadStrings(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListString) ?? [];

    public static string Write(IReadOnlyList<long> value) => JsonSerializer.Serialize(value, StoreJsonContext.Default.IReadOnlyListInt64);

    public static IReadOnlyList<long> ReadLongs(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListInt64) ?? [];

    public static string Write(IReadOnlyList<ObservationRef> value) => JsonSerializer.Serialize(value, StoreJsonContext.Default.IReadOnlyListObservationRef);

    public static IReadOnlyList<ObservationRef> ReadEvidence(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListObservationRef) ?? [];

    public static string Write(IReadOnlyList<MaintenanceState> value) => JsonSerializer.Serialize(value, StoreJsonContext.Default.IReadOnlyListMaintenanceState);

    public static IReadOnlyList<MaintenanceState> ReadMaintenance(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListMaintenanceState) ?? [];

    /// <summary>The configuration document is stored exactly as its own schema writes it, so GET returns what POST accepts.</summary>
    public static string Write(SiteDocument document) => JsonSerializer.Serialize(document, ConfigurationJsonContext.Default.SiteDocument);

    public static SiteDocument ReadDocument(string json) =>
        JsonSerializer.Deserialize(json, ConfigurationJsonContext.Default.SiteDocument) ?? throw new JsonException("A stored configuration document is JSON null.");

    public static string Write(EngineCheckpoint checkpoint) => JsonSerializer.Serialize(checkpoint, EngineCheckpointJsonContext.Default.EngineCheckpoint);

    public static EngineCheckpoint ReadCheckpoint(string json) =>
        JsonSerializer.Deserialize(json, EngineCheckpointJsonContext.Default.EngineCheckpoint) ?? throw new JsonException("The stored engine checkpoint is JSON null.");

    /// <summary>
    /// The events override <see cref="DomainEvent.Type"/> without repeating the base's [JsonIgnore], so System.Text.Json
    /// sees a <c>type</c> property that clashes with the <c>type</c> discriminator; the discriminator already says it.
    /// </summary>
    private static JsonTypeInfo<DomainEvent> EventTypeInfo()
    {
        var options = new JsonSerializerOptions(StoreJsonContext.Default.Options)
        {
            TypeInfoResolver = StoreJsonContext.Default.WithAddedModifier(info =>
            {
                if (typeof(DomainEvent).IsAssignableFrom(info.Type) && info.Kind == JsonTypeInfoKind.Object)
                {
                    for (var i = info.Properties.Count - 1; i >= 0; i--)
                    {
                        if (info.Properties[i].Name == "type")
                        {
                            info.Properties.RemoveAt(i);
                        }
                    }
                }
            }),
        };
        return (JsonTypeInfo<DomainEvent>)options.GetTypeInfo(typeof(DomainEvent));
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Persistence.Json;

/// <summary>
/// JSON of the stored columns (events, maintenance, evidence, id lists): camelCase, kebab-case enums and UTC times
/// with a <c>Z</c>, like the API and the wire.
/// Out-of-order metadata is allowed because PostgreSQL's <c>jsonb</c> reorders keys, so <c>type</c> may not come first.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    AllowOutOfOrderMetadataProperties = true,
    Converters =
    [
        typeof(KebabEnumJsonConverter<AssetStatus>),
        typeof(KebabEnumJsonConverter<CustodianKind>),
        typeof(KebabEnumJsonConverter<MaintenanceStatus>),
        typeof(KebabEnumJsonConverter<PassageDirection>),
        typeof(KebabEnumJsonConverter<WorkOrderStatus>),
        typeof(UtcTimestampConverter),
    ])]
[JsonSerializable(typeof(DomainEvent))]
[JsonSerializable(typeof(IReadOnlyList<MaintenanceState>))]
[JsonSerializable(typeof(IReadOnlyList<ObservationRef>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<long>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.Checkpoints;

/// <summary>
/// JSON of <see cref="EngineCheckpoint"/>: camelCase, kebab-case enums, UTC times with a <c>Z</c> that keep every tick
/// (the event clock moves on by wall-clock time, so it is not always a whole millisecond), and evidence as compact
/// <c>gateway/epoch/seq#index</c> text (<see cref="ObservationRefTextConverter"/>).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(KebabCaseEnumConverter<PassageDirection>), typeof(UtcTimestampConverter), typeof(ObservationRefTextConverter)])]
[JsonSerializable(typeof(EngineCheckpoint))]
public sealed partial class EngineCheckpointJsonContext : JsonSerializerContext;

/// <summary>An enum as its kebab-case name (<c>in</c>, <c>out</c>), as the API and the stored events write it.</summary>
internal sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrackHub.Hub.Persistence.Json;

/// <summary>An enum as its kebab-case name in JSON, usable from a source-generated context (needs a parameterless constructor).</summary>
public sealed class KebabEnumJsonConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;

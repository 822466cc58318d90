using System.Text.Json;
using System.Text.Json.Serialization;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Tests.Support;

/// <summary>The hub's JSON conventions (camelCase, kebab-case enums, UTC times with a Z), for reading its answers.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new UtcTimestampConverter());
        return options;
    }
}

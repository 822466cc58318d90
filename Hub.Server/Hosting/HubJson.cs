using System.Text.Json;
using System.Text.Json.Serialization;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Hosting;

/// <summary>
/// The hub's JSON conventions, the same for the REST API and the live hub: camelCase, enums as kebab-case words
/// (<c>checked-out</c>, never numbers), times as UTC with a <c>Z</c> as on the wire.
/// </summary>
public static class HubJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new UtcTimestampConverter());
        return options;
    }
}

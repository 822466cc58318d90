using System.Text.Json;
using TrackHub.Hub.Hosting;

namespace TrackHub.Hub.Tests.Support;

/// <summary>The hub's own JSON conventions, for reading its answers in tests.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = HubJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options) => HubJson.Configure(options);
}

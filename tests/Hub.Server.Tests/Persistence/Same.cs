using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrackHub.Hub.Tests.Persistence;

/// <summary>Deep equality of records with list members (record equality compares lists by reference), via their JSON.</summary>
internal static class Same
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Json<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, Options), JsonSerializer.Serialize(actual, Options));
}

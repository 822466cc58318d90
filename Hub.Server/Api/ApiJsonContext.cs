using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrackHub.Hub.Api;

/// <summary>Request bodies the API reads itself; unknown properties are refused so a typo is not silently ignored.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(AssignTagRequest))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

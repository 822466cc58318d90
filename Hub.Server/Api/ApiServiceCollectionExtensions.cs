using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrackHub.Hub.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// What the REST API needs besides the persistence: problem details for every error response, the OpenAPI
    /// document, and JSON with enums as kebab-case strings (<c>checked-out</c>), the words of docs/realtime.md.
    /// </summary>
    public static IServiceCollection AddTrackHubApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));
        return services;
    }
}

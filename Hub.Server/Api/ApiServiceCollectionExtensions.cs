using Microsoft.OpenApi;
using TrackHub.Hub.Hosting;

namespace TrackHub.Hub.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// What the REST API needs besides the persistence: problem details for every error response, the OpenAPI
    /// document, and JSON with enums as kebab-case strings (<c>checked-out</c>) and times as UTC with a <c>Z</c>, the
    /// forms of the wire contract and docs/realtime.md.
    /// </summary>
    public static IServiceCollection AddTrackHubApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddSchemaTransformer((schema, context, _) =>
        {
            // A custom converter hides the type from the schema generator; say what it writes.
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type == typeof(DateTimeOffset))
            {
                schema.Type = context.JsonTypeInfo.Type == type ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                schema.Format = "date-time";
            }

            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o => HubJson.Configure(o.SerializerOptions));
        return services;
    }
}

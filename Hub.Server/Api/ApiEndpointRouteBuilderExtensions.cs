namespace TrackHub.Hub.Api;

public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>/api/*</c> (one group per capability) and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapTrackHubApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();
        var api = endpoints.MapGroup("/api");
        api.MapSiteEndpoints();
        api.MapAssetEndpoints();
        api.MapHistoryEndpoints();
        api.MapWorkOrderEndpoints();
        api.MapGatewayEndpoints();
        api.MapTagEndpoints();
        api.MapConfigurationEndpoints();
        api.MapIngestEndpoints();
        return endpoints;
    }
}

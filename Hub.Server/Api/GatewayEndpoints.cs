using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Api;

/// <summary>Edge gateways: online state, software, and how far their batches are settled.</summary>
internal static class GatewayEndpoints
{
    public static void MapGatewayEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/gateways", ListAsync).WithTags("Gateways").WithName("ListGateways").WithSummary("Every gateway the hub has heard from.");
    }

    private static async Task<Ok<IReadOnlyList<GatewayView>>> ListAsync([FromServices] GatewayQueries gateways, CancellationToken cancellationToken) =>
        TypedResults.Ok(await gateways.ListAsync(cancellationToken));
}

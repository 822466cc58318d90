using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Api;

/// <summary>Maintenance work orders for the planners' board.</summary>
internal static class WorkOrderEndpoints
{
    public static void MapWorkOrderEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/workorders", ListAsync).WithTags("Maintenance").WithName("ListWorkOrders")
            .WithSummary("Work orders, newest first.")
            .WithDescription("status: one or more of open, in-progress, done, cancelled (comma-separated); assetId: one asset's orders.");
    }

    private static async Task<Results<Ok<IReadOnlyList<WorkOrderView>>, ValidationProblem>> ListAsync(
        string? status,
        string? assetId,
        [FromServices] WorkOrderQueries workOrders,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var statuses = QueryParameters.Enums<WorkOrderStatus>(status, "status", errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await workOrders.ListAsync(statuses, assetId, cancellationToken));
    }
}

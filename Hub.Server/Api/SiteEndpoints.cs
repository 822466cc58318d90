using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Api;

/// <summary>Sites of the active configuration, with what a map needs to draw them.</summary>
internal static class SiteEndpoints
{
    public static void MapSiteEndpoints(this RouteGroupBuilder api)
    {
        var sites = api.MapGroup("/sites").WithTags("Sites");
        sites.MapGet("/", ListAsync).WithName("ListSites").WithSummary("Sites of the active configuration (empty before the first import).");
        sites.MapGet("/{id}", GetAsync).WithName("GetSite").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One site with its plan, zones, gates, receivers and geofences.");
    }

    private static async Task<Ok<IReadOnlyList<SiteView>>> ListAsync([FromServices] ConfigurationQueries configuration, CancellationToken cancellationToken)
    {
        var active = await configuration.ActiveAsync(cancellationToken);
        IReadOnlyList<SiteView> sites = active is null ? [] : [.. active.Document.Sites.Select(s => SiteView.From(active.Document, s))];
        return TypedResults.Ok(sites);
    }

    private static async Task<Results<Ok<SiteView>, ProblemHttpResult>> GetAsync(string id, [FromServices] ConfigurationQueries configuration, CancellationToken cancellationToken)
    {
        var active = await configuration.ActiveAsync(cancellationToken);
        var site = active?.Document.Sites.FirstOrDefault(s => s.Id == id);
        return site is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Site not found.", detail: $"No site '{id}' in the active configuration.")
            : TypedResults.Ok(SiteView.From(active!.Document, site));
    }
}

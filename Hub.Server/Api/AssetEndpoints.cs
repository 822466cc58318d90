using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Api;

/// <summary>Where each asset is, who has it, its run hours and maintenance, and its history.</summary>
internal static class AssetEndpoints
{
    public static void MapAssetEndpoints(this RouteGroupBuilder api)
    {
        var assets = api.MapGroup("/assets").WithTags("Assets");
        assets.MapGet("/", SearchAsync).WithName("SearchAssets")
            .WithSummary("Assets matching every filter given, by name.")
            .WithDescription("q: case-insensitive text in the id, name or a tag key; tag: exact tag key; status: one or more of "
                + "available, checked-out, in-maintenance, unavailable, missing, retired (comma-separated); site/zone: where the asset is now; "
                + "category; homeSite: where it belongs; page from 1; pageSize 1-500 (default 50).");
        assets.MapGet("/{id}", GetAsync).WithName("GetAsset").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One asset's current state.");
        assets.MapGet("/{id}/events", EventsAsync).WithName("GetAssetEvents").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The asset's events, newest first.")
            .WithDescription("from (inclusive) and to (exclusive) are ISO 8601 times; without an offset they are UTC. page from 1; pageSize 1-500.");
    }

    private static async Task<Results<Ok<Page<AssetView>>, ValidationProblem>> SearchAsync(
        string? q,
        string? tag,
        string? status,
        string? site,
        string? zone,
        string? category,
        string? homeSite,
        string? page,
        string? pageSize,
        [FromServices] AssetQueries assets,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var statuses = QueryParameters.Enums<AssetStatus>(status, "status", errors);
        var paging = QueryParameters.Page(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var search = new AssetSearch { Text = q, Tag = tag, Statuses = statuses, Site = site, Zone = zone, Category = category, HomeSite = homeSite };
        return TypedResults.Ok(await assets.SearchAsync(search, paging, cancellationToken));
    }

    private static async Task<Results<Ok<AssetView>, ProblemHttpResult>> GetAsync(string id, [FromServices] AssetQueries assets, CancellationToken cancellationToken) =>
        await assets.FindAsync(id, cancellationToken) is { } asset ? TypedResults.Ok(asset) : AssetNotFound(id);

    private static async Task<Results<Ok<Page<EventView>>, ValidationProblem, ProblemHttpResult>> EventsAsync(
        string id,
        string? from,
        string? to,
        string? page,
        string? pageSize,
        [FromServices] AssetQueries assets,
        [FromServices] EventQueries events,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var (start, end) = QueryParameters.Range(from, to, errors);
        var paging = QueryParameters.Page(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await assets.ExistsAsync(id, cancellationToken))
        {
            return AssetNotFound(id);
        }

        return TypedResults.Ok(await events.ForAssetAsync(id, start, end, paging, cancellationToken));
    }

    private static ProblemHttpResult AssetNotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Asset not found.", detail: $"No asset '{id}'.");
}

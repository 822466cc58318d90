using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Pipeline;
using TrackHub.Hub.Views;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Api;

/// <summary>Tags nobody owns yet, and giving a tag to an asset (how installers register new tags).</summary>
internal static class TagEndpoints
{
    public static void MapTagEndpoints(this RouteGroupBuilder api)
    {
        var tags = api.MapGroup("/tags").WithTags("Tags");
        tags.MapGet("/unknown", UnknownAsync).WithName("ListUnknownTags").WithSummary("Tags seen that no asset or person owns, most recent first.");
        tags.MapPost("/{key}/assign", AssignAsync).WithName("AssignTag").WithCommandResponses()
            .WithSummary("Gives the tag to an asset, as a new configuration version.")
            .WithJsonBody<AssignTagRequest>("The asset that gets the tag.");
    }

    private static async Task<Ok<IReadOnlyList<UnknownTagView>>> UnknownAsync(string? site, [FromServices] UnknownTagQueries tags, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tags.ListAsync(site, cancellationToken));

    private static async Task<IResult> AssignAsync(string key, HttpRequest request, [FromServices] IPipelineCommands commands, CancellationToken cancellationToken)
    {
        if (TagKeys.KindOf(key) is null)
        {
            return ParameterErrors.Single("key", $"'{key}' is not a tag key (epc:…, ibeacon:…, eddystone:…, altbeacon:…, ruuvi:…, mac:…, eid:… or dev:…).");
        }

        var (body, problem) = await JsonBody.ReadAsync(request, ApiJsonContext.Default.AssignTagRequest, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.AssetId))
        {
            return ParameterErrors.Single("assetId", "assetId is required: the asset that gets the tag.", JsonBody.Title);
        }

        return CommandResults.ToHttp(await commands.AssignTagAsync(key, body.AssetId, cancellationToken), "assignment");
    }
}

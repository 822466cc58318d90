using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Pipeline;
using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Api;

/// <summary>
/// The site and asset configuration document. GET returns it in the same shape POST takes, so it can be downloaded,
/// edited and sent back; its version is the ETag.
/// </summary>
internal static class ConfigurationEndpoints
{
    public static void MapConfigurationEndpoints(this RouteGroupBuilder api)
    {
        var config = api.MapGroup("/config").WithTags("Configuration");
        config.MapGet("/", GetAsync).WithName("GetConfiguration").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("The active configuration document (its version is the ETag).");
        config.MapPost("/", ImportAsync).WithName("ImportConfiguration").WithCommandResponses()
            .WithSummary("Checks and applies a configuration document as the next version.")
            .WithDescription("Unknown properties are refused, naming the property. note: an optional remark stored with the version.")
            .WithJsonBody<SiteDocument>("The whole configuration document (schema: docs/schemas/site-config.schema.json).");
    }

    private static async Task<Results<JsonHttpResult<SiteDocument>, ProblemHttpResult>> GetAsync(
        HttpResponse response,
        [FromServices] ConfigurationQueries configuration,
        CancellationToken cancellationToken)
    {
        if (await configuration.ActiveAsync(cancellationToken) is not { } active)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No configuration yet.", detail: "Import one with POST /api/config.");
        }

        response.Headers.ETag = $"\"{active.Version}\"";
        return TypedResults.Json(active.Document, ConfigurationJsonContext.Default.SiteDocument);
    }

    private static async Task<IResult> ImportAsync(string? note, HttpRequest request, [FromServices] IPipelineCommands commands, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, ConfigurationJsonContext.Default.SiteDocument, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return CommandResults.ToHttp(await commands.ImportConfigurationAsync(document!, note, cancellationToken), "document");
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Pipeline;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Api;

/// <summary>What came in: rejected input with its reasons, and stored counts.</summary>
internal static class IngestEndpoints
{
    public static void MapIngestEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/deadletters", DeadLettersAsync).WithTags("Ingest").WithName("ListDeadLetters")
            .WithSummary("Rejected envelopes and items with their reasons, newest first.")
            .WithDescription("code: only this reason code; page from 1; pageSize 1-500.");
        api.MapGet("/ingest/stats", StatsAsync).WithTags("Ingest").WithName("IngestStats")
            .WithSummary("Stored batches and observations, and dead letters by code.");
    }

    private static async Task<Results<Ok<Page<DeadLetterView>>, ValidationProblem>> DeadLettersAsync(
        string? page,
        string? pageSize,
        string? code,
        [FromServices] IngestQueries ingest,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var paging = QueryParameters.Page(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await ingest.DeadLettersAsync(code, paging, cancellationToken));
    }

    private static async Task<Ok<IngestStatsView>> StatsAsync([FromServices] IngestQueries ingest, [FromServices] IServiceProvider services, CancellationToken cancellationToken)
    {
        var stored = await ingest.StatsAsync(cancellationToken);

        // The pipeline's own counters (duplicates, tolerated unknowns, seq gaps) exist only in a running hub.
        var sinceStart = services.GetService<PipelineMetrics>()?.Snapshot();
        return TypedResults.Ok(new IngestStatsView(stored.Batches, stored.Observations, stored.AcceptedObservations, stored.DeadLetters, stored.DeadLettersByCode, sinceStart));
    }
}

using TrackHub.Hub.Pipeline;
using TrackHub.Hub.Realtime;

namespace TrackHub.Hub.Health;

public static class HealthEndpoints
{
    /// <summary><c>GET /health</c>: 200 once storage is loaded and the pipeline runs, 503 while starting or failed.</summary>
    public static IEndpointRouteBuilder MapTrackHubHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", (IngestPipeline pipeline, PipelineChannel channel, PipelineMetrics metrics, LiveState live) =>
        {
            var started = pipeline.Started;
            var status = started.IsCompletedSuccessfully ? "ok" : started.IsFaulted ? "failed" : "starting";
            var body = new HealthReport(status, channel.Count, live.SiteIds, metrics.Snapshot(), started.Exception?.GetBaseException().Message);
            return status == "ok" ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        })
        .WithName("Health")
        .WithTags("Health");
        return endpoints;
    }
}

public sealed record HealthReport(string Status, int QueueDepth, IReadOnlyList<string> Sites, IngestCounters Ingest, string? Error);

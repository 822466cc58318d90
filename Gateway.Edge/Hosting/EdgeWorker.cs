using Microsoft.Extensions.Hosting;
using TrackHub.Edge.Pipeline;
using TrackHub.Edge.Publishing;

namespace TrackHub.Edge.Hosting;

/// <summary>The long-running gateway (<c>run</c>): sources into the outbox, the outbox to the broker, until stopped.</summary>
public sealed class EdgeWorker(IngestPipeline pipeline, MqttPublisher publisher, EdgeOutcome outcome, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var publishing = publisher.RunAsync(stoppingToken);
        try
        {
            // Returns early only when every source is a finite file; the outbox is still published until stopped.
            await pipeline.RunAsync(stoppingToken);
        }
        catch (Exception ex)
        {
            outcome.Set(ExitCodes.Failure, $"storing observations failed: {ex.Message}");
            lifetime.StopApplication();
        }

        await publishing;
    }
}

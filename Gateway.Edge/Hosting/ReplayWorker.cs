using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TrackHub.Edge.Diagnostics;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Pipeline;
using TrackHub.Edge.Publishing;
using TrackHub.Edge.Replay;

namespace TrackHub.Edge.Hosting;

/// <summary>
/// <c>replay</c>: reads the captures into the outbox, then waits until the hub has acknowledged every batch (or, with
/// <c>--no-wait</c>, until the broker has accepted it), prints the summary and stops the application.
/// </summary>
public sealed class ReplayWorker(
    IngestPipeline pipeline,
    MqttPublisher publisher,
    SqliteOutbox outbox,
    ReplayRequest request,
    EdgeOutcome outcome,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<ReplayWorker> logger) : BackgroundService
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var publisherStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var publishing = publisher.RunAsync(publisherStop.Token);
        try
        {
            await pipeline.RunAsync(stoppingToken);
            stoppingToken.ThrowIfCancellationRequested();
            if (pipeline.Stats.FailedSources is { Count: > 0 } failed)
            {
                outcome.Set(ExitCodes.InvalidInput, $"error: {string.Join(", ", failed)} stopped on an error (see the log); what was read before it is stored");
                return;
            }

            var last = outbox.LastSequence;
            if (request.NoWait)
            {
                await WaitAsync(publisher.WaitForBrokerAsync(last, stoppingToken),
                    () => Log.WaitingForBroker(logger, publisher.BrokerAcceptedSequence, last), stoppingToken);
            }
            else
            {
                await WaitAsync(outbox.WaitForAcknowledgementAsync(last, stoppingToken),
                    () => Log.WaitingForHub(logger, last - outbox.AcknowledgedSequence, outbox.AcknowledgedSequence, last), stoppingToken);
            }

            outcome.Set(ExitCodes.Ok, ReplaySummary.Format(pipeline.Stats, request.FileCount, outbox.Epoch, request.NoWait));
            await request.Output.WriteLineAsync(outcome.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            outcome.Set(ExitCodes.Interrupted,
                $"interrupted: {pipeline.Stats.Observations} observations stored in this run, {outbox.Depth} batches not yet acknowledged; run the same command again to continue");
        }
        catch (Exception ex)
        {
            outcome.Set(ExitCodes.Failure, $"error: storing observations failed: {ex.Message}");
        }
        finally
        {
            await publisherStop.CancelAsync();
            await publishing;
            lifetime.StopApplication();
        }
    }

    private async Task WaitAsync(Task done, Action progress, CancellationToken cancellationToken)
    {
        while (!done.IsCompleted)
        {
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var first = await Task.WhenAny(done, Task.Delay(ProgressEvery, time, tick.Token));
            await tick.CancelAsync();
            if (first != done)
            {
                progress();
            }
        }

        await done;
    }
}

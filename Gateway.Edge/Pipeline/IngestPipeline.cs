using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using TrackHub.Edge.Batching;
using TrackHub.Edge.Diagnostics;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Sources;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Pipeline;

/// <summary>
/// The edge's ingest path, in order: sources → validate → bounded channel → batcher → outbox (seq + checkpoints).
/// A full outbox pushes back through the channel to the sources, which pause; nothing is dropped.
/// </summary>
public sealed class IngestPipeline(
    IReadOnlyList<IObservationSource> sources,
    IBatchSink sink,
    BatchingOptions batching,
    TimeProvider time,
    EdgeMetrics metrics,
    ILogger<IngestPipeline> logger)
{
    /// <summary>How long a stopping pipeline may wait for outbox space to store what it already read.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    public IngestStats Stats { get; } = new();

    /// <summary>
    /// Runs until every source has ended (all stored), or until <paramref name="cancellationToken"/> stops the sources;
    /// what was read before the stop is still stored. Throws when storing fails.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<SourceItem>(new BoundedChannelOptions(Math.Max(64, batching.MaxItems * 2))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var sourcesStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var storeStop = new CancellationTokenSource();
        using var stopping = cancellationToken.Register(() => storeStop.CancelAfter(ShutdownGrace));

        var pumps = sources.Select(source => PumpAsync(source, channel.Writer, sourcesStop.Token)).ToArray();
        var allRead = Task.WhenAll(pumps).ContinueWith(_ => channel.Writer.TryComplete(), TaskScheduler.Default);

        var batcher = new ObservationBatcher(batching, time);
        try
        {
            await batcher.RunAsync(channel.Reader, (observations, checkpoints) => StoreAsync(observations, checkpoints, storeStop.Token));
        }
        catch
        {
            await sourcesStop.CancelAsync();
            throw;
        }
        finally
        {
            await allRead;
        }
    }

    private async ValueTask StoreAsync(IReadOnlyList<Observation> observations, IReadOnlyCollection<SourceCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        long seq;
        try
        {
            seq = await sink.AppendAsync(observations, checkpoints, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping with a full outbox: say so loudly; the checkpoints did not advance past these.
            Log.NotStoredAtShutdown(logger, observations.Count);
            return;
        }

        Stats.BatchStored(seq, observations.Count);
        metrics.BatchStored();
        metrics.ObservationsStored(observations.Count);
        Log.BatchStored(logger, seq, observations.Count);
    }

    private async Task PumpAsync(IObservationSource source, ChannelWriter<SourceItem> writer, CancellationToken cancellationToken)
    {
        var key = source.CheckpointKey;
        var resume = key is null ? null : sink.GetCheckpoint(key);
        if (resume is not null)
        {
            Log.SourceResuming(logger, source.Name, resume.Emitted, resume.Position);
        }

        try
        {
            await foreach (var record in source.ReadAsync(resume, cancellationToken))
            {
                if (record.Rejected is { } rejected)
                {
                    Reject(source, record.Position, rejected);
                }

                if (record.Observation is not { } observation)
                {
                    continue;
                }

                var problem = ObservationValidator.Validate(ref observation);
                if (problem is not null)
                {
                    Reject(source, record.Position, new Rejection(RejectionCodes.ItemInvalid, problem));
                    continue;
                }

                var checkpoint = key is null ? null : new SourceCheckpoint(key, record.Emitted, record.Position);
                await writer.WriteAsync(new SourceItem(observation, checkpoint), cancellationToken);
            }

            Log.SourceEnded(logger, source.Name);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception ex)
        {
            Stats.SourceFailed(source.Name);
            Log.SourceFailed(logger, source.Name, ex);
        }
    }

    private void Reject(IObservationSource source, long position, Rejection rejection)
    {
        Stats.Rejected(rejection.Code);
        metrics.Rejected(rejection.Code);
        Log.Rejected(logger, source.Name, position, rejection.Code, rejection.Detail);
    }
}

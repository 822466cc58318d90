using System.Diagnostics;
using TrackHub.Domain;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Pipeline.Dedupe;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Pipeline;

public sealed partial class IngestPipeline
{
    /// <summary>Dead-letter code of a batch whose effects storage refused (see <see cref="SalvageAsync"/>).</summary>
    public const string StoreRefusedCode = "store-refused";

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>Persist, then publish: nothing is acknowledged or shown before it is stored.</summary>
    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        var decisions = _group.Decisions;
        var assets = new List<AssetState>(decisions.ChangedAssets.Count);
        foreach (var id in decisions.ChangedAssets)
        {
            if (_engine.FindAsset(id) is { } asset)
            {
                assets.Add(asset);
            }
        }

        // Taken per commit, and only when the engine's in-flight state moved: most groups of GPS or engine data leave it alone.
        var inFlight = _engine.InFlightVersion;
        var commit = new PipelineCommit
        {
            Batches = _group.Batches,
            DeadLetters = _group.DeadLetters,
            Events = decisions.Events,
            Assets = assets,
            RemovedAssets = decisions.RemovedAssets.ToArray(),
            UnknownTags = decisions.ChangedUnknownTags.Values.ToArray(),
            RemovedUnknownTags = decisions.RemovedUnknownTags.ToArray(),
            WorkOrders = decisions.ChangedWorkOrders.Values.ToArray(),
            Passages = decisions.Passages,
            Streams = _dedupe.TakeChanged().ToStored(),
            Gateways = _gateways.TakeChanged(),
            Configuration = _group.Configuration,
            Checkpoint = inFlight != _checkpointedVersion ? _engine.Checkpoint() : null,
        };

        if (!commit.IsEmpty && await SaveWithRetryAsync(commit, cancellationToken) is { } refused)
        {
            await SalvageAsync(commit, refused, cancellationToken);
            return;
        }

        _checkpointedVersion = inFlight;

        if (_group.Configuration is { } configuration)
        {
            _configuration = configuration;
        }

        foreach (var (completion, result) in _group.Completions)
        {
            completion.TrySetResult(result);
        }

        if (!commit.IsEmpty)
        {
            var changes = new CommittedChanges
            {
                Assets = commit.Assets,
                RemovedAssets = commit.RemovedAssets,
                Passages = commit.Passages,
                WorkOrders = commit.WorkOrders,
                UnknownTags = commit.UnknownTags,
                RemovedUnknownTags = commit.RemovedUnknownTags,
                Gateways = commit.Gateways,
                Streams = commit.Streams,
                Model = commit.Configuration is not null ? _engine.Model : null,
            };
            foreach (var observer in _observers)
            {
                observer.OnCommitted(changes);
            }
        }

        // The lists went into the commit and the observers; start the next group with fresh ones.
        _group.Reset();
    }

    /// <summary>Stores a commit, waiting out failures that pass; returns the failure when storage refuses it for good.</summary>
    private async Task<Exception?> SaveWithRetryAsync(PipelineCommit commit, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await _store.SaveAsync(commit, cancellationToken);
                _metrics.Committed(Stopwatch.GetElapsedTime(started));
                return null;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (await CommittedAfterAllAsync(commit, cancellationToken))
                {
                    return null;
                }

                if (CommitFailures.IsPermanent(ex))
                {
                    return ex;
                }

                // Nothing was acknowledged yet, so nothing is lost: the broker waits behind the full queue.
                PipelineLog.CommitFailed(_logger, ex, _group.Items, attempt, delay);
                await Task.Delay(delay, _time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    /// <summary>A commit whose answer was lost (the connection dropped after COMMIT) must not be stored twice.</summary>
    private async Task<bool> CommittedAfterAllAsync(PipelineCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Batches.Count == 0)
        {
            return false;
        }

        try
        {
            var first = commit.Batches[0];
            return await _store.ContainsBatchAsync(first.Gateway, first.Epoch, first.Seq, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// Storage refused a group for good (it breaks a constraint: a bug, not an outage). Rather than stall every gateway
    /// forever, its batches are dead-lettered whole with the reason — kept, visible through the API, re-playable —
    /// and the engine is reloaded from storage, since the group's decisions were not stored.
    /// </summary>
    private async Task SalvageAsync(PipelineCommit refused, Exception failure, CancellationToken cancellationToken)
    {
        PipelineLog.GroupRefused(_logger, failure, refused.Batches.Count);
        var reason = $"storing the batch's effects failed ({failure.GetBaseException().Message}); the batch is kept here whole";
        var salvage = new PipelineCommit
        {
            DeadLetters =
            [
                .. refused.Batches.Select(b => new DeadLetter
                {
                    ReceivedAt = b.ReceivedAt,
                    Topic = Topics.Observations(b.Gateway),
                    Scope = "batch",
                    Code = StoreRefusedCode,
                    Reason = reason,
                    Gateway = b.Gateway,
                    Epoch = b.Epoch,
                    Seq = b.Seq,
                    Payload = b.Payload,
                }),
                .. refused.DeadLetters,
            ],
            Streams = refused.Streams,
            Gateways = refused.Gateways,
        };
        if (await SaveWithRetryAsync(salvage, cancellationToken) is { } again)
        {
            throw new InvalidOperationException("Storage refused even the dead letters of a refused group; stopping so a restart reloads a consistent state.", again);
        }

        // Back to what is stored: the configuration too, if the refused group was changing it.
        var snapshot = await _store.LoadAsync(cancellationToken);
        var stored = Compile(snapshot.Configuration?.Document ?? new Shared.Configuration.SiteDocument(), out _) ?? _engine.Model;
        RestoreEngine(stored, snapshot);
        foreach (var (completion, _) in _group.Completions)
        {
            completion.TrySetResult(CommandResult.Invalid([reason]));
        }

        var changes = new CommittedChanges { Streams = salvage.Streams, Gateways = salvage.Gateways };
        foreach (var observer in _observers)
        {
            observer.OnCommitted(changes);
        }

        _group.Reset();
    }
}

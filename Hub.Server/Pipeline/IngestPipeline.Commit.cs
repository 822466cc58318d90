using System.Diagnostics;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence;

namespace TrackHub.Hub.Pipeline;

public sealed partial class IngestPipeline
{
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
            Streams = _dedupe.TakeChanged(),
            Gateways = _gateways.TakeChanged(),
            Configuration = _group.Configuration,
        };

        if (!commit.IsEmpty)
        {
            await SaveWithRetryAsync(commit, cancellationToken);
        }

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

    private async Task SaveWithRetryAsync(PipelineCommit commit, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await _store.SaveAsync(commit, cancellationToken);
                _metrics.Committed(Stopwatch.GetElapsedTime(started));
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Nothing was acknowledged yet, so nothing is lost: the broker waits behind the full queue.
                PipelineLog.CommitFailed(_logger, ex, _group.Items, attempt, delay);
                await Task.Delay(delay, _time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }
}

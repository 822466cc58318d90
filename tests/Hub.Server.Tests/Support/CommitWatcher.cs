using TrackHub.Hub.Pipeline;

namespace TrackHub.Hub.Tests.Support;

/// <summary>Follows the pipeline's commits so a test can await "this was stored" instead of sleeping.</summary>
public sealed class CommitWatcher : IPipelineObserver
{
    private readonly Lock _lock = new();
    private readonly List<CommittedChanges> _commits = [];
    private readonly List<(Func<CommittedChanges, bool> Match, TaskCompletionSource Done)> _waiters = [];

    public void OnStarted(PipelineStartState state)
    {
    }

    public void OnCommitted(CommittedChanges changes)
    {
        lock (_lock)
        {
            _commits.Add(changes);
            foreach (var waiter in _waiters.ToArray())
            {
                if (waiter.Match(changes))
                {
                    waiter.Done.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }
        }
    }

    /// <summary>Completes when a commit (already made or coming) matches.</summary>
    public Task WaitForAsync(Func<CommittedChanges, bool> match, string what, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_commits.Any(match))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((match, done));
        }

        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20))
            .ContinueWith(t => t.IsFaulted ? throw new TimeoutException($"no commit with {what}", t.Exception) : t, TaskScheduler.Default).Unwrap();
    }

    public Task WaitForAssetAsync(string assetId, Func<TrackHub.Domain.Model.AssetState, bool> condition, string what) =>
        WaitForAsync(c => c.Assets.Any(a => a.Id == assetId && condition(a)), $"asset {assetId} {what}");
}

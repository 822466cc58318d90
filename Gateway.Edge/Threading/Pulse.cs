namespace TrackHub.Edge.Threading;

/// <summary>
/// Wakes every waiter once per <see cref="Fire"/>. Take <see cref="Next"/> before checking the condition you wait for,
/// then await it: a fire between the check and the await is not lost.
/// </summary>
internal sealed class Pulse
{
    private TaskCompletionSource _next = Create();

    public Task Next => Volatile.Read(ref _next).Task;

    public void Fire() => Interlocked.Exchange(ref _next, Create()).TrySetResult();

    /// <summary>Waits for the pulse or the timeout (measured on <paramref name="time"/>); false on timeout.</summary>
    public static async Task<bool> WaitAsync(Task pulse, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (pulse.IsCompleted)
        {
            return true;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, cts.Token);
        var first = await Task.WhenAny(pulse, delay).WaitAsync(cancellationToken);
        await cts.CancelAsync();
        return first == pulse;
    }

    private static TaskCompletionSource Create() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

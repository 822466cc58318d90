using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// The scenario's clock: actions and observations ordered by time (and by scheduling order at equal times).
/// Nothing happens before it is due, so every observation is released at its own timestamp.
/// </summary>
internal sealed class Timeline
{
    private readonly PriorityQueue<Entry, (long Ticks, long Order)> _queue = new();
    private long _order;

    public Timeline(DateTimeOffset start) => Now = start;

    /// <summary>The time of the action being run (or of the last one run).</summary>
    public DateTimeOffset Now { get; private set; }

    public DateTimeOffset? NextAt => _queue.TryPeek(out var entry, out _) ? entry.At : null;

    public void At(DateTimeOffset when, Action action) => Enqueue(new Entry(when, action, null));

    public void Emit(Observation observation) => Enqueue(new Entry(observation.Timestamp, null, observation));

    /// <summary>Runs every action and releases every observation due at or before <paramref name="until"/>, in time order.</summary>
    public List<Observation> RunUntil(DateTimeOffset until)
    {
        var released = new List<Observation>();
        while (_queue.TryPeek(out var entry, out _) && entry.At <= until)
        {
            _queue.Dequeue();
            Now = entry.At;
            if (entry.Observation is not null)
            {
                released.Add(entry.Observation);
            }
            else
            {
                entry.Action!();
            }
        }

        return released;
    }

    private void Enqueue(Entry entry) => _queue.Enqueue(entry, (entry.At.UtcTicks, _order++));

    private sealed record Entry(DateTimeOffset At, Action? Action, Observation? Observation);
}

using TrackHub.Domain.Configuration;

namespace TrackHub.Domain.Resolution.Gates;

/// <summary>
/// Groups crossings into passages: tags through the same gate in the same direction within the group window of each
/// other are one passage (a person and the tools they carry). A passage is complete once event time has passed its
/// last crossing by the group window.
/// </summary>
internal sealed class PassageAssembler
{
    private readonly List<OpenPassage> _open = [];

    public int OpenCount => _open.Count;

    /// <summary>The open passages, in the order crossings are matched against them.</summary>
    public IReadOnlyList<OpenPassage> Open => _open;

    /// <summary>When the earliest open passage can be completed, or null when none is open.</summary>
    public DateTimeOffset? NextDeadline(TimeSpan group)
    {
        DateTimeOffset? next = null;
        foreach (var passage in _open)
        {
            var deadline = passage.LastCrossedAt + group;
            if (next is null || deadline < next)
            {
                next = deadline;
            }
        }

        return next;
    }

    public void Add(Crossing crossing, TagOwner? owner, string tagKey, TimeSpan group)
    {
        foreach (var passage in _open)
        {
            if (passage.Accepts(crossing, group))
            {
                passage.Add(crossing, owner, tagKey);
                return;
            }
        }

        var opened = new OpenPassage(crossing.Gate, crossing.Direction, crossing.CrossedAt);
        opened.Add(crossing, owner, tagKey);
        _open.Add(opened);
    }

    /// <summary>Moves the passages whose window has passed at <paramref name="clock"/> (of one gate, or of all) to <paramref name="completed"/>, oldest first.</summary>
    public void CompleteDue(DateTimeOffset clock, TimeSpan group, string? gateId, List<OpenPassage> completed)
    {
        for (var i = 0; i < _open.Count; i++)
        {
            var passage = _open[i];
            if (clock > passage.LastCrossedAt + group && (gateId is null || string.Equals(passage.Gate.Id, gateId, StringComparison.Ordinal)))
            {
                completed.Add(passage);
                _open.RemoveAt(i--);
            }
        }

        completed.Sort((a, b) => a.FirstCrossedAt.CompareTo(b.FirstCrossedAt));
    }

    /// <summary>Takes back a passage a checkpoint kept, after those already restored.</summary>
    public void Restore(OpenPassage passage) => _open.Add(passage);

    public void CompleteAll(List<OpenPassage> completed)
    {
        completed.AddRange(_open.OrderBy(p => p.FirstCrossedAt));
        _open.Clear();
    }
}

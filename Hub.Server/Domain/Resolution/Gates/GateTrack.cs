using TrackHub.Domain.Model;

namespace TrackHub.Domain.Resolution.Gates;

/// <summary>The recent reads of one tag on each side of one gate.</summary>
internal sealed class GateTrack
{
    public GateTrack()
    {
    }

    /// <summary>A track as a checkpoint kept it.</summary>
    public GateTrack(SideReads? outside, SideReads? inside, DateTimeOffset latest)
    {
        Outside = outside;
        Inside = inside;
        Latest = latest;
    }

    public SideReads? Outside { get; private set; }

    public SideReads? Inside { get; private set; }

    /// <summary>Event time of the newest read on either side (for forgetting idle tracks).</summary>
    public DateTimeOffset Latest { get; private set; }

    /// <param name="inside">Which side read it.</param>
    /// <param name="at">When it was closest to that antenna: the peak read when known, else the first.</param>
    public void Record(bool inside, DateTimeOffset at, DateTimeOffset first, DateTimeOffset last, ObservationRef source, TimeSpan window)
    {
        var side = inside ? Inside : Outside;
        side = side is { } s && (at - s.At).Duration() <= window
            ? s with { First = Min(s.First, first), At = Max(s.At, at), Last = Max(s.Last, last), LastRef = at >= s.At ? source : s.LastRef }
            : new SideReads(first, at, last, source, source);
        if (inside)
        {
            Inside = side;
        }
        else
        {
            Outside = side;
        }

        Latest = Max(Latest, last);
    }

    public void Reset()
    {
        Outside = null;
        Inside = null;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>A run of reads on one side: first seen, closest approach, last seen, and the reads that bound it.</summary>
    public readonly record struct SideReads(DateTimeOffset First, DateTimeOffset At, DateTimeOffset Last, ObservationRef FirstRef, ObservationRef LastRef);
}

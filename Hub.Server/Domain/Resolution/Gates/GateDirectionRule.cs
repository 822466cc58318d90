using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.Resolution.Gates;

/// <summary>
/// Direction from antenna order: per (gate, tag), a read outside then inside within the gate window is a crossing
/// inwards, inside then outside outwards. Reads on one side only never make a crossing. Order is decided by the time
/// of each read's closest approach (<c>peak</c>), not by arrival, so aggregated reads that arrive out of order still
/// give the right direction.
/// </summary>
internal sealed class GateDirectionRule
{
    private readonly Dictionary<string, Dictionary<string, GateTrack>> _tracksByGate = new(StringComparer.Ordinal);

    public Crossing? Read(GateSide side, RfidObservation read, ObservationRef source, TimeSpan window)
    {
        if (!_tracksByGate.TryGetValue(side.Gate.Id, out var tracks))
        {
            tracks = new Dictionary<string, GateTrack>(StringComparer.Ordinal);
            _tracksByGate.Add(side.Gate.Id, tracks);
        }

        if (!tracks.TryGetValue(read.Epc, out var track))
        {
            track = new GateTrack();
            tracks.Add(read.Epc, track);
        }

        track.Record(side.Inside, read.PeakAt ?? read.Timestamp, read.Timestamp, read.LastSeen ?? read.Timestamp, source, window);
        if (track is not { Outside: { } outside, Inside: { } inside } || outside.At == inside.At || (outside.At - inside.At).Duration() > window)
        {
            return null;
        }

        track.Reset();
        var inwards = outside.At < inside.At;
        return new Crossing(
            side.Gate,
            inwards ? PassageDirection.In : PassageDirection.Out,
            outside.First < inside.First ? outside.First : inside.First,
            outside.Last > inside.Last ? outside.Last : inside.Last,
            inwards ? inside.At : outside.At,
            inwards ? Evidence(outside, inside) : Evidence(inside, outside));
    }

    /// <summary>Forgets tracks with no read within the window before <paramref name="clock"/>.</summary>
    public void Sweep(DateTimeOffset clock, TimeSpan window)
    {
        foreach (var tracks in _tracksByGate.Values)
        {
            foreach (var (epc, track) in tracks)
            {
                if (clock - track.Latest > window)
                {
                    tracks.Remove(epc);
                }
            }
        }
    }

    public void Clear() => _tracksByGate.Clear();

    /// <summary>The tracks with a read on either side within the window before <paramref name="clock"/> (what <see cref="Sweep"/> would keep).</summary>
    public void Checkpoint(DateTimeOffset clock, TimeSpan window, List<GateTrackCheckpoint> into)
    {
        foreach (var (gate, tracks) in _tracksByGate)
        {
            foreach (var (epc, track) in tracks)
            {
                if (clock - track.Latest <= window && (track.Outside is not null || track.Inside is not null))
                {
                    into.Add(new GateTrackCheckpoint(gate, epc, ToCheckpoint(track.Outside), ToCheckpoint(track.Inside), track.Latest));
                }
            }
        }
    }

    public void Restore(GateTrackCheckpoint saved)
    {
        if (!_tracksByGate.TryGetValue(saved.Gate, out var tracks))
        {
            tracks = new Dictionary<string, GateTrack>(StringComparer.Ordinal);
            _tracksByGate.Add(saved.Gate, tracks);
        }

        tracks[saved.Epc] = new GateTrack(FromCheckpoint(saved.Outside), FromCheckpoint(saved.Inside), saved.Latest);
    }

    private static SideReadsCheckpoint? ToCheckpoint(GateTrack.SideReads? side) =>
        side is { } s ? new SideReadsCheckpoint(s.First, s.At, s.Last, s.FirstRef, s.LastRef) : null;

    private static GateTrack.SideReads? FromCheckpoint(SideReadsCheckpoint? side) =>
        side is null ? null : new GateTrack.SideReads(side.First, side.At, side.Last, side.FirstRef, side.LastRef);

    private static ObservationRef[] Evidence(GateTrack.SideReads first, GateTrack.SideReads second)
    {
        var refs = new List<ObservationRef>(4) { first.FirstRef };
        foreach (var r in (ReadOnlySpan<ObservationRef>)[first.LastRef, second.FirstRef, second.LastRef])
        {
            if (!refs.Contains(r))
            {
                refs.Add(r);
            }
        }

        return [.. refs];
    }
}

using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Replay;

/// <summary>Moves every timestamp of an observation by the same amount (<c>--shift-to-now</c>).</summary>
public static class ObservationTime
{
    public static Observation Shift(Observation observation, TimeSpan by)
    {
        if (by == TimeSpan.Zero)
        {
            return observation;
        }

        var shifted = observation with { Timestamp = observation.Timestamp + by };
        return shifted is RfidObservation rfid
            ? rfid with { LastSeen = rfid.LastSeen + by, PeakAt = rfid.PeakAt + by }
            : shifted;
    }
}

using TrackHub.Shared.Contracts;

namespace TrackHub.Shared.Protocols.Gpx;

/// <summary>
/// One <c>&lt;trkpt&gt;</c> of a GPX track: WGS-84 degrees, elevation in metres, and its time in UTC (GPX times are
/// UTC by definition). Unknown values are null.
/// </summary>
public sealed record GpxTrackPoint(double Lat, double Lon, double? Elevation, DateTimeOffset? Time)
{
    /// <summary>The point as a GPS fix of <paramref name="deviceId"/>; null when it has no time, since a fix is an event.</summary>
    public GpsObservation? ToObservation(string deviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceId);
        return Time is { } time
            ? new GpsObservation { Timestamp = time, Device = deviceId, Latitude = Lat, Longitude = Lon, Altitude = Elevation }
            : null;
    }
}

namespace TrackHub.Shared.Protocols.Gpx;

/// <summary>Stable codes of the reasons a GPX track point is left out.</summary>
public static class GpxRejectionCodes
{
    /// <summary><c>lat</c>/<c>lon</c> missing, not a number, or out of range.</summary>
    public const string InvalidCoordinates = "gpx-invalid-coordinates";

    /// <summary><c>&lt;time&gt;</c> present but not an ISO 8601 date and time.</summary>
    public const string InvalidTime = "gpx-invalid-time";

    /// <summary><c>&lt;ele&gt;</c> present but not a number.</summary>
    public const string InvalidElevation = "gpx-invalid-elevation";
}

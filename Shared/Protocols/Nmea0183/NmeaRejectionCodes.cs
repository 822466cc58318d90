namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>Stable codes of the reasons an NMEA line yields nothing (for metrics and dead letters).</summary>
public static class NmeaRejectionCodes
{
    /// <summary>Bytes outside printable ASCII: noise on the serial line, a reboot, a baud-rate mismatch.</summary>
    public const string Garbage = "nmea-garbage";

    /// <summary>The line does not start with <c>$</c> or <c>!</c>: the tail of a sentence whose start was lost.</summary>
    public const string NotASentence = "nmea-not-a-sentence";

    /// <summary>A second <c>$</c>/<c>!</c> inside the line: a line ending was lost and two sentences ran together.</summary>
    public const string Glued = "nmea-glued";

    /// <summary>No <c>*hh</c> checksum: the sentence was cut short.</summary>
    public const string Truncated = "nmea-truncated";

    /// <summary>Characters after the checksum: fragments of two sentences spliced together.</summary>
    public const string JunkAfterChecksum = "nmea-junk-after-checksum";

    public const string BadChecksum = "nmea-bad-checksum";

    /// <summary>The address is not a talker and a sentence type (e.g. <c>$GPN,</c>).</summary>
    public const string BadAddress = "nmea-bad-address";

    /// <summary>A well-framed RMC/GGA/VTG/ZDA with a field that does not decode.</summary>
    public const string BadField = "nmea-bad-field";

    /// <summary>A valid position whose date is unknown (GGA-only before any RMC/ZDA date): it cannot be stamped.</summary>
    public const string NoDate = "nmea-no-date";

    /// <summary>A position that has no time of day, so it cannot be stamped.</summary>
    public const string NoTime = "nmea-no-time";

    /// <summary>A decoded fix that the wire contract would refuse (e.g. a date outside 2000-2099).</summary>
    public const string InvalidFix = "nmea-invalid-fix";
}

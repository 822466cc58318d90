namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>The talkers whose RMC/GGA/VTG/ZDA are satellite fixes (other talkers, e.g. a gyro's, are not positions).</summary>
public static class NmeaTalkers
{
    /// <summary>
    /// GPS, combined GNSS, GLONASS, Galileo, BeiDou, QZSS; plus BD (BeiDou before NMEA 4.11) and GI (NavIC), which
    /// receivers in the field still send.
    /// </summary>
    public static bool IsGnss(string talker) => talker is "GP" or "GN" or "GL" or "GA" or "GB" or "GQ" or "BD" or "GI";
}

namespace TrackHub.Edge.Sources;

/// <summary>
/// One entry of <c>sources</c>. Which keys apply depends on <see cref="Type"/>:
/// <c>nmea-file</c>/<c>gpx</c> (path, device, speed, shiftToNow), <c>jsonl</c> (path, speed, shiftToNow),
/// <c>nmea-tcp</c> (host, port, device, maxClockSkewSeconds), <c>simulator</c> (site, seed, speedUp, generatorStartHours).
/// </summary>
public sealed class SourceOptions
{
    public string Type { get; set; } = string.Empty;

    /// <summary>Capture file for the file sources; relative to the configuration file.</summary>
    public string? Path { get; set; }

    public string? Host { get; set; }

    public int? Port { get; set; }

    /// <summary>Device id stamped on GPS fixes (<c>dev</c>); NMEA and GPX carry none of their own.</summary>
    public string? Device { get; set; }

    /// <summary>Replay speed of a file source: 1 is the capture's own pace, 0 as fast as the pipeline allows.</summary>
    public double Speed { get; set; } = 1;

    /// <summary>Moves a file's first timestamp to now, keeping the spacing (for demos and live views).</summary>
    public bool ShiftToNow { get; set; }

    /// <summary>Live NMEA: fixes further than this from the gateway's clock are rejected (receiver clock faults).</summary>
    public double MaxClockSkewSeconds { get; set; } = 300;

    /// <summary>Simulator: the site document to simulate; relative to the configuration file.</summary>
    public string? Site { get; set; }

    public int Seed { get; set; } = 7;

    /// <summary>Simulator: how much faster than real time the generator's hour counter runs.</summary>
    public double SpeedUp { get; set; } = 30;

    public double GeneratorStartHours { get; set; } = 249.60;
}

namespace TrackHub.Edge.Sources;

/// <summary>The values of a source's <c>type</c>.</summary>
public static class SourceTypes
{
    public const string NmeaFile = "nmea-file";
    public const string NmeaTcp = "nmea-tcp";
    public const string Gpx = "gpx";
    public const string Jsonl = "jsonl";
    public const string Simulator = "simulator";

    public static readonly IReadOnlyList<string> All = [NmeaFile, NmeaTcp, Gpx, Jsonl, Simulator];

    public static bool IsFile(string type) => type is NmeaFile or Gpx or Jsonl;
}

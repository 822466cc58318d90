namespace TrackHub.Edge.Sources;

/// <summary>Turns a capture file's content into observations, deterministically: the same bytes give the same records.</summary>
public interface ICaptureReader
{
    /// <summary>The format name: <c>nmea</c>, <c>gpx</c>, <c>jsonl</c>.</summary>
    string Format { get; }

    IEnumerable<CaptureRecord> Read(Stream stream);
}

using System.Text;
using TrackHub.Shared.Contracts;
using TrackHub.Shared.Protocols.Nmea0183;

namespace TrackHub.Shared.Tests.Support;

/// <summary>Feeds a capture through a <see cref="NmeaFixAssembler"/> line by line, as the edge does, and keeps everything it said.</summary>
public sealed class NmeaReplay
{
    private NmeaReplay(IReadOnlyList<string> lines, IReadOnlyList<GpsObservation> fixes, IReadOnlyList<(int Line, Rejection Reason)> rejections)
    {
        Lines = lines;
        Fixes = fixes;
        Rejections = rejections;
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<GpsObservation> Fixes { get; }

    /// <summary>Rejections with the 1-based line they were returned for (0 for the one <c>Complete</c> returned).</summary>
    public IReadOnlyList<(int Line, Rejection Reason)> Rejections { get; }

    /// <summary>Reads the file byte for byte (Latin-1), so binary noise reaches the parser as it came off the wire.</summary>
    public static NmeaReplay Run(string path, string deviceId = "test-gps") =>
        Run(File.ReadAllLines(path, Encoding.Latin1), deviceId);

    public static NmeaReplay Run(IReadOnlyList<string> lines, string deviceId = "test-gps")
    {
        var assembler = new NmeaFixAssembler(deviceId);
        var fixes = new List<GpsObservation>();
        var rejections = new List<(int, Rejection)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (fix, rejected) = assembler.Push(lines[i]);
            if (fix is not null)
            {
                fixes.Add(fix);
            }

            if (rejected is not null)
            {
                rejections.Add((i + 1, rejected));
            }
        }

        if (assembler.Complete(out var last) is { } final)
        {
            fixes.Add(final);
        }

        if (last is not null)
        {
            rejections.Add((0, last));
        }

        return new NmeaReplay(lines, fixes, rejections);
    }
}

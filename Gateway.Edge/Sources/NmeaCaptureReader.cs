using System.Text;
using TrackHub.Shared.Protocols.Nmea0183;

namespace TrackHub.Edge.Sources;

/// <summary>An NMEA 0183 log, one sentence per line, assembled into fixes of one device.</summary>
public sealed class NmeaCaptureReader(string deviceId) : ICaptureReader
{
    public string Format => "nmea";

    public IEnumerable<CaptureRecord> Read(Stream stream)
    {
        // Latin-1 keeps every byte of a junk-laden log as one char, so bad bytes reach the parser and get a reason.
        using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var assembler = new NmeaFixAssembler(deviceId);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var result = assembler.Push(line);
            if (result.Fix is not null || result.Rejected is not null)
            {
                yield return new CaptureRecord(lineNumber, result.Fix, result.Rejected);
            }
        }

        var last = assembler.Complete(out var rejected);
        if (last is not null || rejected is not null)
        {
            yield return new CaptureRecord(Math.Max(lineNumber, 1), last, rejected);
        }
    }
}

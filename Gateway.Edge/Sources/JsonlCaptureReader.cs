using System.Text;
using System.Text.Json;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Sources;

/// <summary>
/// JSON lines: one wire <c>obs</c> item per line. Blank lines and <c>#</c> comments (what <c>decode</c> writes for
/// rejected frames) are skipped; a bad line is rejected with its reason.
/// </summary>
public sealed class JsonlCaptureReader : ICaptureReader
{
    public const string UnknownType = "unknown-type";

    public string Format => "jsonl";

    public IEnumerable<CaptureRecord> Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            yield return ReadLine(lineNumber, line);
        }
    }

    private static CaptureRecord ReadLine(long lineNumber, string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return new CaptureRecord(lineNumber, null, new Rejection(RejectionCodes.NotJson, ex.Message));
        }

        using (document)
        {
            return WireReader.ReadItem(document.RootElement, out var observation, out var rejection, out var unknownType) switch
            {
                ItemOutcome.Accepted => new CaptureRecord(lineNumber, observation, null),
                ItemOutcome.UnknownType => new CaptureRecord(lineNumber, null,
                    new Rejection(UnknownType, $"item type '{unknownType}' is not one this gateway can forward")),
                _ => new CaptureRecord(lineNumber, null, rejection),
            };
        }
    }
}

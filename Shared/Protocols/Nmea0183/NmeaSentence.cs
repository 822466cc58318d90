using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TrackHub.Shared.Contracts;

namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>
/// One framed NMEA 0183 sentence whose checksum has been verified: <c>$GNRMC,...*06</c> is talker <c>GN</c>, type
/// <c>RMC</c> and the comma-separated fields after the address. Proprietary sentences (<c>$PUBX</c>) have talker
/// <c>P</c> and the rest of the address as type.
/// </summary>
public sealed record NmeaSentence(string Talker, string Type, IReadOnlyList<string> Fields)
{
    /// <summary>The field at <paramref name="index"/>, or empty (unknown) when the sentence is shorter.</summary>
    public string Field(int index) => index < Fields.Count ? Fields[index] : string.Empty;

    /// <summary>
    /// Frames one line. True with a sentence; false with a rejection that says why the line is unusable; false
    /// without a rejection for lines that are not data (blank lines, <c>#</c> comments of gpsd test logs).
    /// </summary>
    public static bool TryParse(string line, [NotNullWhen(true)] out NmeaSentence? sentence, out Rejection? rejected)
    {
        ArgumentNullException.ThrowIfNull(line);
        sentence = null;
        rejected = null;
        var text = line.AsSpan().Trim();
        if (text.IsEmpty || text[0] == '#')
        {
            return false;
        }

        rejected = CheckFrame(text);
        if (rejected is not null)
        {
            return false;
        }

        var star = text.IndexOf('*');
        var body = text[1..star].ToString();
        var parts = body.Split(',');
        var address = parts[0];
        if (!TrySplitAddress(address, out var talker, out var type))
        {
            rejected = new Rejection(
                NmeaRejectionCodes.BadAddress,
                $"address '{Clip(address)}' is not a two-letter talker and a three-letter sentence type");
            return false;
        }

        sentence = new NmeaSentence(talker, type, parts[1..]);
        return true;
    }

    private static Rejection? CheckFrame(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is < ' ' or > '~')
            {
                return new Rejection(
                    NmeaRejectionCodes.Garbage,
                    $"non-printable byte 0x{(int)text[i]:X2} at column {i + 1}: binary noise on the line");
            }
        }

        if (text[0] is not ('$' or '!'))
        {
            return new Rejection(
                NmeaRejectionCodes.NotASentence,
                $"the line starts with '{text[0]}', not '$' or '!': the start of the sentence was lost");
        }

        var again = text[1..].IndexOfAny('$', '!');
        if (again >= 0)
        {
            return new Rejection(
                NmeaRejectionCodes.Glued,
                $"a second sentence starts at column {again + 2}: two sentences ran together where a line ending was lost");
        }

        var star = text.IndexOf('*');
        if (star < 0)
        {
            return new Rejection(NmeaRejectionCodes.Truncated, "no '*hh' checksum: the sentence is cut short");
        }

        var given = text[(star + 1)..];
        if (given.Length < 2 || !char.IsAsciiHexDigit(given[0]) || !char.IsAsciiHexDigit(given[1]))
        {
            return new Rejection(
                NmeaRejectionCodes.Truncated,
                $"the checksum '*{given}' is not two hex digits: the sentence is cut short");
        }

        if (given.Length > 2)
        {
            return new Rejection(
                NmeaRejectionCodes.JunkAfterChecksum,
                $"{given.Length - 2} characters follow the checksum: fragments of two sentences were spliced");
        }

        var expected = byte.Parse(given, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var actual = Checksum(text[1..star]);
        return actual == expected
            ? null
            : new Rejection(
                NmeaRejectionCodes.BadChecksum,
                $"checksum is {given.ToString().ToUpperInvariant()} but the sentence sums to {actual:X2}: it was corrupted");
    }

    /// <summary>The NMEA checksum: XOR of every character between <c>$</c> and <c>*</c>.</summary>
    public static byte Checksum(ReadOnlySpan<char> body)
    {
        var sum = 0;
        foreach (var c in body)
        {
            sum ^= c;
        }

        return (byte)sum;
    }

    private static bool TrySplitAddress(string address, out string talker, out string type)
    {
        talker = type = string.Empty;
        foreach (var c in address)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (address.Length >= 2 && address[0] == 'P')
        {
            (talker, type) = ("P", address[1..]);
            return true;
        }

        if (address.Length != 5 || !char.IsAsciiLetterUpper(address[0]) || !char.IsAsciiLetterUpper(address[1]))
        {
            return false;
        }

        (talker, type) = (address[..2], address[2..]);
        return true;
    }

    private static string Clip(string text) => text.Length <= 20 ? text : text[..20] + "…";
}

using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.Configuration;

/// <summary>
/// Checks a tag key as written in the configuration. Keys must match what arrives on the wire exactly (the wire is
/// lower-case hex for EPCs and beacon ids), or the tag would silently never resolve.
/// </summary>
internal static class TagKeyFormat
{
    /// <summary>Null when <paramref name="key"/> is a usable tag key, else why not.</summary>
    public static string? Problem(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return "a tag key is empty";
        }

        switch (TagKeys.KindOf(key))
        {
            case null:
                return $"tag '{key}' is not a valid tag key (use epc:, dev:, ibeacon:, eddystone:, altbeacon:, ruuvi:, mac: or eid:)";
            case "rfid":
                return IsLowerHex(key.AsSpan(TagKeys.EpcPrefix.Length))
                    ? null
                    : $"tag '{key}' is not a valid tag key (an EPC is lower-case hexadecimal)";
            case "ble":
                return key.Any(char.IsAsciiLetterUpper) || key.Any(char.IsWhiteSpace)
                    ? $"tag '{key}' is not a valid tag key (beacon ids are lower case, without spaces)"
                    : null;
            default:
                return key.Any(char.IsWhiteSpace) ? $"tag '{key}' is not a valid tag key (a device id has no spaces)" : null;
        }
    }

    private static bool IsLowerHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is < 'a' or > 'f')
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}

using System.Globalization;

namespace TrackHub.LoadGen.Cli;

/// <summary>Durations as people type them: <c>30s</c>, <c>500ms</c>, <c>2m</c>, <c>1h</c>, or plain seconds.</summary>
public static class Durations
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : text.EndsWith('h') ? (text[..^1], 3600.0)
            : (text, 1.0);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        value = TimeSpan.FromSeconds(amount * unit);
        return true;
    }
}

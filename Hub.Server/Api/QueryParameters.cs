using System.Globalization;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Persistence.Storage;

namespace TrackHub.Hub.Api;

/// <summary>
/// Parses query parameters by hand (they bind as strings) so a bad value gets a problem-details 400 that names the
/// parameter and says what would be accepted, instead of the framework's bare 400.
/// </summary>
internal static class QueryParameters
{
    /// <summary>Keeps (page - 1) * pageSize inside an int.</summary>
    private const int MaxPage = int.MaxValue / PageRequest.MaxSize;

    public static PageRequest Page(string? page, string? pageSize, ParameterErrors errors)
    {
        var number = 1;
        if (!string.IsNullOrEmpty(page) && (!TryInt(page, out number) || number < 1 || number > MaxPage))
        {
            errors.Add("page", $"page must be a whole number of 1 or more, not '{page}'.");
            number = 1;
        }

        var size = PageRequest.DefaultSize;
        if (!string.IsNullOrEmpty(pageSize) && (!TryInt(pageSize, out size) || size < 1 || size > PageRequest.MaxSize))
        {
            errors.Add("pageSize", $"pageSize must be a whole number from 1 to {PageRequest.MaxSize}, not '{pageSize}'.");
            size = PageRequest.DefaultSize;
        }

        return new PageRequest(number, size);
    }

    /// <summary>An ISO 8601 time; without an offset it is taken as UTC.</summary>
    public static DateTimeOffset? Time(string? text, string name, ParameterErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        errors.Add(name, $"{name} must be an ISO 8601 time such as 2026-12-03T10:00:00Z (write '+' in an offset as %2B), not '{text}'.");
        return null;
    }

    /// <summary>A time range: both bounds optional, <c>from</c> not after <c>to</c>.</summary>
    public static (DateTimeOffset? From, DateTimeOffset? To) Range(string? from, string? to, ParameterErrors errors)
    {
        var start = Time(from, "from", errors);
        var end = Time(to, "to", errors);
        if (start > end)
        {
            errors.Add("from", $"from ({start:O}) is after to ({end:O}).");
        }

        return (start, end);
    }

    /// <summary>One or more comma-separated words out of <paramref name="allowed"/>.</summary>
    public static IReadOnlyList<string> Words(string? text, string name, IReadOnlyList<string> allowed, ParameterErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var unknown in words.Where(w => !allowed.Contains(w, StringComparer.Ordinal)))
        {
            errors.Add(name, $"{name} '{unknown}' is not one of {string.Join(", ", allowed)}.");
        }

        return words;
    }

    /// <summary>One or more comma-separated kebab-case enum names (<c>checked-out,missing</c>).</summary>
    public static IReadOnlyList<TEnum> Enums<TEnum>(string? text, string name, ParameterErrors errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var values = new List<TEnum>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (KebabNames<TEnum>.TryParse(part, out var value))
            {
                values.Add(value);
            }
            else
            {
                errors.Add(name, $"{name} '{part}' is not one of {string.Join(", ", KebabNames<TEnum>.All)}.");
            }
        }

        return values;
    }

    private static bool TryInt(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}

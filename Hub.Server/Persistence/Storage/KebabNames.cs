using System.Text.Json;

namespace TrackHub.Hub.Persistence.Storage;

/// <summary>
/// The kebab-case names of an enum (<c>CheckedOut</c> → <c>checked-out</c>), the same words the API, the wall screens
/// and the stored JSON use, so a status reads the same in SQL as on the wire.
/// </summary>
public static class KebabNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    private static readonly Dictionary<string, TEnum> Values =
        Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<TEnum>().Select(v => Names[v])];

    public static string Name(TEnum value) =>
        Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    public static TEnum Parse(string name) =>
        Values.TryGetValue(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(TEnum).Name} ({string.Join(", ", All)}).");

    public static bool TryParse(string? name, out TEnum value)
    {
        value = default;
        return name is not null && Values.TryGetValue(name, out value);
    }
}

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrackHub.Hub.Persistence.Storage;

/// <summary>Stores an enum as its kebab-case name (<c>checked-out</c>), readable in SQL and stable when members are reordered.</summary>
public sealed class KebabEnumConverter<TEnum>() : ValueConverter<TEnum, string>(v => KebabNames<TEnum>.Name(v), s => KebabNames<TEnum>.Parse(s))
    where TEnum : struct, Enum;

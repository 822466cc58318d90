namespace TrackHub.Hub.Persistence.Rows;

/// <summary>A tag nobody owns and where it was last seen (table <c>unknown_tags</c>).</summary>
public sealed class UnknownTagRow
{
    public required string Key { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset FirstSeen { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    public long Count { get; set; }

    public string? Gateway { get; set; }

    public string? SeenBy { get; set; }

    public string? Site { get; set; }

    public string? Zone { get; set; }

    public double? Lat { get; set; }

    public double? Lon { get; set; }
}

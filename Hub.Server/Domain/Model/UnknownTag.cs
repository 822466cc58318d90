namespace TrackHub.Domain.Model;

/// <summary>A tag or beacon that no asset or person owns, and where it has been seen.</summary>
public sealed record UnknownTag
{
    /// <summary>Tag key (<c>epc:…</c>, BLE id, <c>dev:…</c>).</summary>
    public required string Key { get; init; }

    /// <summary>rfid, ble or device.</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset FirstSeen { get; init; }

    public required DateTimeOffset LastSeen { get; init; }

    public long Count { get; init; } = 1;

    public string? Gateway { get; init; }

    /// <summary>Reader, receiver or device that saw it last.</summary>
    public string? SeenBy { get; init; }

    public string? Site { get; init; }

    public string? Zone { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }
}

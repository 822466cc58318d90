using TrackHub.Domain.Model;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>Asset filters; all that are set must match.</summary>
public sealed record AssetSearch
{
    /// <summary>Case-insensitive substring of the id, the name or any tag key.</summary>
    public string? Text { get; init; }

    /// <summary>An exact tag key.</summary>
    public string? Tag { get; init; }

    /// <summary>Any of these statuses (empty: any status).</summary>
    public IReadOnlyList<AssetStatus> Statuses { get; init; } = [];

    /// <summary>The site the asset is at now.</summary>
    public string? Site { get; init; }

    /// <summary>The zone the asset is in now.</summary>
    public string? Zone { get; init; }

    public string? Category { get; init; }

    /// <summary>The site the asset belongs to.</summary>
    public string? HomeSite { get; init; }
}

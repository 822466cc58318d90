namespace TrackHub.Hub.Persistence.Rows;

/// <summary>One tag of one asset (table <c>asset_tags</c>), indexed by key so <c>tag=</c> search is a lookup.</summary>
public sealed class AssetTagRow
{
    public required string AssetId { get; set; }

    public required string TagKey { get; set; }

    /// <summary>The tag's place in the asset's list, so the order of the configuration survives a reload.</summary>
    public int Position { get; set; }
}

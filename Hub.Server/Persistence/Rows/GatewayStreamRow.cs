namespace TrackHub.Hub.Persistence.Rows;

/// <summary>The dedupe state of one gateway epoch (table <c>gateway_streams</c>).</summary>
public sealed class GatewayStreamRow
{
    public required string Gateway { get; set; }

    public long Epoch { get; set; }

    public long Watermark { get; set; }

    /// <summary>JSON array of the seqs applied above the watermark.</summary>
    public required string AppliedAbove { get; set; }

    public long Gaps { get; set; }
}

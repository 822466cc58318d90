namespace TrackHub.Hub.Persistence.Rows;

/// <summary>A gateway as last heard from (table <c>gateways</c>).</summary>
public sealed class GatewayRow
{
    public required string Id { get; set; }

    public bool Online { get; set; }

    public DateTimeOffset? LastSeen { get; set; }

    public DateTimeOffset? StatusChangedAt { get; set; }

    public string? SoftwareVersion { get; set; }

    public DateTimeOffset? Started { get; set; }

    /// <summary>JSON array of source names.</summary>
    public required string Sources { get; set; }

    public long? Epoch { get; set; }

    public long? LastSeq { get; set; }
}

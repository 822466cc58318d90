namespace TrackHub.Hub.Persistence.Rows;

/// <summary>An applied batch (table <c>batches</c>); its key is the dedupe identity, so storing one twice fails.</summary>
public sealed class BatchRow
{
    public required string Gateway { get; set; }

    public long Epoch { get; set; }

    public long Seq { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int ItemCount { get; set; }

    public int AcceptedCount { get; set; }

    public required byte[] Payload { get; set; }
}

namespace TrackHub.Hub.Persistence.Rows;

/// <summary>A rejected envelope or item with its reason (table <c>dead_letters</c>).</summary>
public sealed class DeadLetterRow
{
    public long Id { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public required string Topic { get; set; }

    public required string Scope { get; set; }

    public required string Code { get; set; }

    public required string Reason { get; set; }

    public string? Gateway { get; set; }

    public long? Epoch { get; set; }

    public long? Seq { get; set; }

    public int? ItemIndex { get; set; }

    public required byte[] Payload { get; set; }
}

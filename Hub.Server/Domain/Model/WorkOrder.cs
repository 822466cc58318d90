namespace TrackHub.Domain.Model;

/// <summary>A maintenance job, raised by a plan or by hand.</summary>
public sealed record WorkOrder
{
    public required string Id { get; init; }

    public required string AssetId { get; init; }

    public string? PlanId { get; init; }

    public required string Title { get; init; }

    public WorkOrderStatus Status { get; init; } = WorkOrderStatus.Open;

    public required DateTimeOffset RaisedAt { get; init; }

    /// <summary>Run hours of the asset when the order was raised.</summary>
    public double? RaisedAtHours { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}

public enum WorkOrderStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

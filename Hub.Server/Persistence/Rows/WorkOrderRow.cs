using TrackHub.Domain.Model;

namespace TrackHub.Hub.Persistence.Rows;

/// <summary>A maintenance job (table <c>work_orders</c>).</summary>
public sealed class WorkOrderRow
{
    public required string Id { get; set; }

    public required string AssetId { get; set; }

    public string? PlanId { get; set; }

    public required string Title { get; set; }

    public WorkOrderStatus Status { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public double? RaisedAtHours { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

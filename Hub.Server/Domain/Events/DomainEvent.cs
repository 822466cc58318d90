using System.Text.Json.Serialization;
using TrackHub.Domain.Model;

namespace TrackHub.Domain.Events;

/// <summary>
/// Every state change is an append-only event, stamped with event time (<see cref="Timestamp"/>), the asset and site it
/// concerns, and the observations behind it. History, reports and replays read events.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AssetMoved), "asset-moved")]
[JsonDerivedType(typeof(GatePassed), "gate-passage")]
[JsonDerivedType(typeof(AssetCheckedIn), "checked-in")]
[JsonDerivedType(typeof(AssetCheckedOut), "checked-out")]
[JsonDerivedType(typeof(GeofenceEntered), "geofence-entered")]
[JsonDerivedType(typeof(GeofenceExited), "geofence-exited")]
[JsonDerivedType(typeof(RunHoursRecorded), "run-hours")]
[JsonDerivedType(typeof(RunHoursAnomaly), "run-hours-anomaly")]
[JsonDerivedType(typeof(MaintenanceStatusChanged), "maintenance-status")]
[JsonDerivedType(typeof(WorkOrderRaised), "work-order-raised")]
[JsonDerivedType(typeof(UnknownTagSeen), "unknown-tag-seen")]
[JsonDerivedType(typeof(TagAssigned), "tag-assigned")]
[JsonDerivedType(typeof(GatewayWentOnline), "gateway-online")]
[JsonDerivedType(typeof(GatewayWentOffline), "gateway-offline")]
public abstract record DomainEvent
{
    public required DateTimeOffset Timestamp { get; init; }

    public string? AssetId { get; init; }

    public string? Site { get; init; }

    public IReadOnlyList<ObservationRef> Evidence { get; init; } = [];

    /// <summary>The discriminator stored with the event (<c>asset-moved</c>, <c>gate-passage</c>, …).</summary>
    [JsonIgnore]
    public abstract string Type { get; }
}

public sealed record AssetMoved : DomainEvent
{
    public AssetLocation? From { get; init; }

    public required AssetLocation To { get; init; }

    [JsonIgnore]
    public override string Type => "asset-moved";
}

public sealed record GatePassed : DomainEvent
{
    public required GatePassage Passage { get; init; }

    [JsonIgnore]
    public override string Type => "gate-passage";
}

public sealed record AssetCheckedIn : DomainEvent
{
    public string? PassageId { get; init; }

    public Custodian? PreviousCustodian { get; init; }

    [JsonIgnore]
    public override string Type => "checked-in";
}

public sealed record AssetCheckedOut : DomainEvent
{
    public string? PassageId { get; init; }

    /// <summary>Null when nobody was identified (a gate exception, settled by a person).</summary>
    public Custodian? Custodian { get; init; }

    [JsonIgnore]
    public override string Type => "checked-out";
}

public sealed record GeofenceEntered : DomainEvent
{
    public required string GeofenceId { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    [JsonIgnore]
    public override string Type => "geofence-entered";
}

public sealed record GeofenceExited : DomainEvent
{
    public required string GeofenceId { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    [JsonIgnore]
    public override string Type => "geofence-exited";
}

/// <summary>A run-hours reading, recorded at most every few minutes of event time (not every observation).</summary>
public sealed record RunHoursRecorded : DomainEvent
{
    public required double Hours { get; init; }

    public required string Source { get; init; }

    [JsonIgnore]
    public override string Type => "run-hours";
}

/// <summary>
/// An hour-counter reading the meter could not use as it stands (a jump faster than real time, a drop to an unrelated
/// value): the meter continues from its total without it, and this records why.
/// </summary>
public sealed record RunHoursAnomaly : DomainEvent
{
    public required double Reading { get; init; }

    /// <summary>The total run hours, unchanged by the reading.</summary>
    public required double Hours { get; init; }

    public required string Reason { get; init; }

    [JsonIgnore]
    public override string Type => "run-hours-anomaly";
}

public sealed record MaintenanceStatusChanged : DomainEvent
{
    public required string PlanId { get; init; }

    public required MaintenanceStatus Status { get; init; }

    public double? DueAtHours { get; init; }

    public double Hours { get; init; }

    [JsonIgnore]
    public override string Type => "maintenance-status";
}

public sealed record WorkOrderRaised : DomainEvent
{
    public required WorkOrder WorkOrder { get; init; }

    [JsonIgnore]
    public override string Type => "work-order-raised";
}

public sealed record UnknownTagSeen : DomainEvent
{
    public required UnknownTag Tag { get; init; }

    [JsonIgnore]
    public override string Type => "unknown-tag-seen";
}

public sealed record TagAssigned : DomainEvent
{
    public required string TagKey { get; init; }

    [JsonIgnore]
    public override string Type => "tag-assigned";
}

public sealed record GatewayWentOnline : DomainEvent
{
    public required string Gateway { get; init; }

    public string? SoftwareVersion { get; init; }

    [JsonIgnore]
    public override string Type => "gateway-online";
}

public sealed record GatewayWentOffline : DomainEvent
{
    public required string Gateway { get; init; }

    [JsonIgnore]
    public override string Type => "gateway-offline";
}

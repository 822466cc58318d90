using TrackHub.Domain.Model;

namespace TrackHub.Hub.Views;

/// <summary>A name reference: id and display name.</summary>
public sealed record NamedRef(string Id, string Name);

public sealed record PassageView(
    string Id,
    string GateId,
    string GateName,
    string Site,
    PassageDirection Direction,
    DateTimeOffset Started,
    DateTimeOffset Ended,
    IReadOnlyList<NamedRef> Assets,
    IReadOnlyList<NamedRef> People,
    IReadOnlyList<string> UnknownTags);

public sealed record WorkOrderView(
    string Id,
    string AssetId,
    string AssetName,
    string? PlanId,
    string Title,
    WorkOrderStatus Status,
    DateTimeOffset RaisedAt,
    double? RaisedAtHours,
    DateTimeOffset? CompletedAt);

public sealed record GatewayView(
    string Id,
    bool Online,
    DateTimeOffset? LastSeen,
    string? SoftwareVersion,
    DateTimeOffset? Started,
    IReadOnlyList<string> Sources,
    long? Epoch,
    long? LastSeq,
    long? AcknowledgedSeq,
    long Gaps);

public sealed record UnknownTagView(
    string Key,
    string Kind,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    long Count,
    string? Gateway,
    string? SeenBy,
    string? Site,
    string? Zone,
    double? Lat,
    double? Lon)
{
    public static UnknownTagView From(UnknownTag t) =>
        new(t.Key, t.Kind, t.FirstSeen, t.LastSeen, t.Count, t.Gateway, t.SeenBy, t.Site, t.Zone, t.Lat, t.Lon);
}

/// <summary>One stored domain event as the API returns it; <see cref="Data"/> is the event's own JSON.</summary>
public sealed record EventView(long Id, DateTimeOffset Timestamp, DateTimeOffset RecordedAt, string Type, string? AssetId, string? Site, System.Text.Json.JsonElement Data);

public sealed record DeadLetterView(
    long Id,
    DateTimeOffset ReceivedAt,
    string Topic,
    string Scope,
    string Code,
    string Reason,
    string? Gateway,
    long? Epoch,
    long? Seq,
    int? ItemIndex,
    string Payload);

/// <summary>A page of results with the total count before paging.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence.Json;
using TrackHub.Hub.Persistence.Rows;

namespace TrackHub.Hub.Persistence;

/// <summary>The other stored records to and from their rows.</summary>
internal static class RecordMapping
{
    public static ConfigurationVersionRow ToRow(StoredConfiguration c) =>
        new() { Version = c.Version, ImportedAt = c.ImportedAt, Document = StoreJson.Write(c.Document), Note = c.Note };

    public static StoredConfiguration ToRecord(ConfigurationVersionRow r) => new(r.Version, r.ImportedAt, StoreJson.ReadDocument(r.Document), r.Note);

    public static EngineCheckpointRow ToRow(EngineCheckpoint c, DateTimeOffset savedAt) =>
        new() { Id = EngineCheckpointRow.SingleId, Format = c.Format, EventClock = c.EventClock, SavedAt = savedAt, Document = StoreJson.Write(c) };

    public static EventRow ToRow(DomainEvent e, DateTimeOffset recordedAt) =>
        new() { Ts = e.Timestamp, RecordedAt = recordedAt, Type = e.Type, AssetId = e.AssetId, Site = e.Site, Data = StoreJson.Write(e) };

    public static BatchRow ToRow(StoredBatch b) => new()
    {
        Gateway = b.Gateway,
        Epoch = b.Epoch,
        Seq = b.Seq,
        ReceivedAt = b.ReceivedAt,
        SentAt = b.SentAt,
        ItemCount = b.ItemCount,
        AcceptedCount = b.AcceptedCount,
        Payload = b.Payload.ToArray(),
    };

    public static DeadLetterRow ToRow(DeadLetter d) => new()
    {
        ReceivedAt = d.ReceivedAt,
        Topic = d.Topic,
        Scope = d.Scope,
        Code = d.Code,
        Reason = d.Reason,
        Gateway = d.Gateway,
        Epoch = d.Epoch,
        Seq = d.Seq,
        ItemIndex = d.ItemIndex,
        Payload = d.Payload.ToArray(),
    };

    public static GatewayStreamRow ToRow(GatewayStreamState s) =>
        new() { Gateway = s.Gateway, Epoch = s.Epoch, Watermark = s.Watermark, AppliedAbove = StoreJson.Write(s.AppliedAbove), Gaps = s.Gaps };

    public static GatewayStreamState ToRecord(GatewayStreamRow r) => new(r.Gateway, r.Epoch, r.Watermark, StoreJson.ReadLongs(r.AppliedAbove), r.Gaps);

    public static GatewayRow ToRow(GatewayRecord g) => new()
    {
        Id = g.Id,
        Online = g.Online,
        LastSeen = g.LastSeen,
        StatusChangedAt = g.StatusChangedAt,
        SoftwareVersion = g.SoftwareVersion,
        Started = g.Started,
        Sources = StoreJson.Write(g.Sources),
        Epoch = g.Epoch,
        LastSeq = g.LastSeq,
    };

    public static GatewayRecord ToRecord(GatewayRow r) => new()
    {
        Id = r.Id,
        Online = r.Online,
        LastSeen = r.LastSeen,
        StatusChangedAt = r.StatusChangedAt,
        SoftwareVersion = r.SoftwareVersion,
        Started = r.Started,
        Sources = StoreJson.ReadStrings(r.Sources),
        Epoch = r.Epoch,
        LastSeq = r.LastSeq,
    };

    public static UnknownTagRow ToRow(UnknownTag t) => new()
    {
        Key = t.Key,
        Kind = t.Kind,
        FirstSeen = t.FirstSeen,
        LastSeen = t.LastSeen,
        Count = t.Count,
        Gateway = t.Gateway,
        SeenBy = t.SeenBy,
        Site = t.Site,
        Zone = t.Zone,
        Lat = t.Lat,
        Lon = t.Lon,
    };

    public static UnknownTag ToRecord(UnknownTagRow r) => new()
    {
        Key = r.Key,
        Kind = r.Kind,
        FirstSeen = r.FirstSeen,
        LastSeen = r.LastSeen,
        Count = r.Count,
        Gateway = r.Gateway,
        SeenBy = r.SeenBy,
        Site = r.Site,
        Zone = r.Zone,
        Lat = r.Lat,
        Lon = r.Lon,
    };

    public static WorkOrderRow ToRow(WorkOrder w) => new()
    {
        Id = w.Id,
        AssetId = w.AssetId,
        PlanId = w.PlanId,
        Title = w.Title,
        Status = w.Status,
        RaisedAt = w.RaisedAt,
        RaisedAtHours = w.RaisedAtHours,
        CompletedAt = w.CompletedAt,
    };

    public static WorkOrder ToRecord(WorkOrderRow r) => new()
    {
        Id = r.Id,
        AssetId = r.AssetId,
        PlanId = r.PlanId,
        Title = r.Title,
        Status = r.Status,
        RaisedAt = r.RaisedAt,
        RaisedAtHours = r.RaisedAtHours,
        CompletedAt = r.CompletedAt,
    };

    public static GatePassageRow ToRow(GatePassage p) => new()
    {
        Id = p.Id,
        GateId = p.GateId,
        Site = p.Site,
        Direction = p.Direction,
        Started = p.Started,
        Ended = p.Ended,
        Assets = StoreJson.Write(p.Assets),
        People = StoreJson.Write(p.People),
        UnknownTags = StoreJson.Write(p.UnknownTags),
        Evidence = StoreJson.Write(p.Evidence),
    };

    public static GatePassage ToRecord(GatePassageRow r) => new()
    {
        Id = r.Id,
        GateId = r.GateId,
        Site = r.Site,
        Direction = r.Direction,
        Started = r.Started,
        Ended = r.Ended,
        Assets = StoreJson.ReadStrings(r.Assets),
        People = StoreJson.ReadStrings(r.People),
        UnknownTags = StoreJson.ReadStrings(r.UnknownTags),
        Evidence = StoreJson.ReadEvidence(r.Evidence),
    };
}

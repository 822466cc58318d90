using System.Text;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence;
using TrackHub.Shared.Configuration;
using TrackHub.Testing;

namespace TrackHub.Hub.Tests.Persistence;

/// <summary>Records shaped like the pipeline's output at the demo depot (times in UTC, millisecond precision, as on the wire).</summary>
internal static class Sample
{
    public static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-12-03T10:00:00.010Z", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset At(double seconds) => T0.AddMilliseconds(Math.Round(seconds * 1000));

    public static SiteDocument DemoSite() =>
        System.Text.Json.JsonSerializer.Deserialize(File.ReadAllText(RepoPaths.InRepo("deploy", "demo", "site.json")), ConfigurationJsonContext.Default.SiteDocument)!;

    public static ObservationRef Ref(long seq, int index = 0) => new("north-gate", 1764748800000, seq, index);

    public static AssetState Drill(string id = "tool-001", string name = "Cordless drill #1", string epc = "epc:30340242201d884000000001") => new()
    {
        Id = id,
        Name = name,
        Category = "power-tools",
        Kind = "tool",
        Tags = [epc, "ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:10:7"],
        HomeSite = "north-depot",
        Status = AssetStatus.CheckedOut,
        Custodian = new Custodian(CustodianKind.Person, "p-amy", "Amy Clarke"),
        Location = new AssetLocation
        {
            Site = "north-depot",
            Zone = "yard",
            Lat = 51.5073129,
            Lon = -0.1276623,
            Since = At(3.2),
            Source = "rfid-gate",
            Confidence = 0.9,
            Evidence = [Ref(12), Ref(12, 1)],
        },
        LastSeen = At(3.2),
    };

    public static AssetState Generator() => new()
    {
        Id = "gen-7",
        Name = "Generator 7 kVA",
        Category = "generators",
        Kind = "machine",
        Tags = ["dev:gen-7"],
        HomeSite = "north-depot",
        Status = AssetStatus.InMaintenance,
        Location = new AssetLocation { Site = "north-depot", Zone = "workshop", Since = At(-3600), Source = "ble", Confidence = 0.75 },
        LastSeen = At(-2),
        RunHours = new RunHoursMeter
        {
            Hours = 1234.55,
            Source = "engine",
            UpdatedAt = At(-2),
            LastCounter = 34.55,
            CounterOffset = 1200,
            IgnitionOnSince = At(-600),
            LastReport = At(-2),
        },
        Maintenance =
        [
            new MaintenanceState { PlanId = "gen-250h", PlanName = "Generator service 250 h", BasisHours = 1000, DueAtHours = 1250, Status = MaintenanceStatus.DueSoon, OpenWorkOrder = "wo-1" },
            new MaintenanceState { PlanId = "gen-yearly", PlanName = "Yearly inspection", BasisHours = 900 },
        ],
        InsideGeofences = ["north-depot-fence"],
    };

    public static AssetMoved Moved(string assetId, double seconds, string zone, long seq = 1) => new()
    {
        Timestamp = At(seconds),
        AssetId = assetId,
        Site = "north-depot",
        Evidence = [Ref(seq)],
        From = new AssetLocation { Site = "north-depot", Zone = "store", Since = At(seconds - 60), Source = "ble" },
        To = new AssetLocation { Site = "north-depot", Zone = zone, Since = At(seconds), Source = "rfid-gate", Confidence = 0.9 },
    };

    public static StoredBatch Batch(long seq, string gateway = "north-gate", int items = 3, int accepted = 3) =>
        new(gateway, 1764748800000, seq, At(seq), At(seq - 0.1), items, accepted, Encoding.UTF8.GetBytes($"{{\"v\":1,\"gw\":\"{gateway}\",\"seq\":{seq}}}"));

    public static DeadLetter DeadLetter(string code, double seconds, byte[]? payload = null) => new()
    {
        ReceivedAt = At(seconds),
        Topic = "trackhub/v1/gw/north-gate/obs",
        Scope = "item",
        Code = code,
        Reason = $"rejected: {code}",
        Gateway = "north-gate",
        Epoch = 1764748800000,
        Seq = 7,
        ItemIndex = 2,
        Payload = payload ?? Encoding.UTF8.GetBytes("{\"t\":\"rfid\",\"epc\":\"zz\"}"),
    };

    public static UnknownTag Unknown(string key, double lastSeen) => new()
    {
        Key = key,
        Kind = "rfid",
        FirstSeen = At(lastSeen - 30),
        LastSeen = At(lastSeen),
        Count = 4,
        Gateway = "north-gate",
        SeenBy = "fx9600-1",
        Site = "north-depot",
        Zone = "gate-lane",
    };

    public static WorkOrder Order(string id, string assetId, WorkOrderStatus status, double raisedAt) => new()
    {
        Id = id,
        AssetId = assetId,
        PlanId = "gen-250h",
        Title = "250 h service",
        Status = status,
        RaisedAt = At(raisedAt),
        RaisedAtHours = 1240.5,
        CompletedAt = status == WorkOrderStatus.Done ? At(raisedAt + 86400) : null,
    };

    public static GatePassage Passage(string id, double ended) => new()
    {
        Id = id,
        GateId = "main-gate",
        Site = "north-depot",
        Direction = PassageDirection.Out,
        Started = At(ended - 2.5),
        Ended = At(ended),
        Assets = ["tool-001", "gen-7"],
        People = ["p-amy"],
        UnknownTags = ["epc:e2801160600002054cc2096f"],
        Evidence = [Ref(12), Ref(13, 4)],
    };

    public static GatewayRecord Gateway(string id, long epoch, long lastSeq) => new()
    {
        Id = id,
        Online = true,
        LastSeen = At(5),
        StatusChangedAt = At(-100),
        SoftwareVersion = "0.3.0",
        Started = At(-200),
        Sources = ["llrp:fx9600-1", "ble:bay-3"],
        Epoch = epoch,
        LastSeq = lastSeq,
    };
}

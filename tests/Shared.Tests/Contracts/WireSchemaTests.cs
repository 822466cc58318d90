using System.Text;
using System.Text.Json;
using TrackHub.Shared.Contracts;
using TrackHub.Shared.Tests.Support;

namespace TrackHub.Shared.Tests.Contracts;

/// <summary>The published JSON Schemas (<c>docs/schemas</c>) against the examples of DESIGN.md and what our code writes.</summary>
public sealed class WireSchemaTests
{
    private const string DesignBatch = """
        { "v": 1, "gw": "north-gate", "epoch": 1764748800000, "seq": 4711, "sent": "2026-12-03T10:00:00.120Z",
          "obs": [
            { "t": "rfid",   "ts": "2026-12-03T10:00:00.010Z", "last": "2026-12-03T10:00:00.410Z", "peak": "2026-12-03T10:00:00.200Z",
              "reader": "fx9600-1", "ant": 2, "epc": "3074257bf7194e4000001a85", "rssi": -52.5, "n": 3 },
            { "t": "ble",    "ts": "2026-12-03T10:00:00.050Z", "rx": "bay-3", "id": "ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:10:7",
              "rssi": -71, "tx": -59, "batt": 2950 },
            { "t": "gps",    "ts": "2026-12-03T09:59:59.000Z", "dev": "van-12", "lat": 51.5073129, "lon": -0.1276623,
              "spd": 8.3, "hdg": 92.0, "hdop": 0.9, "acc": 4.5, "odo": 152340.0 },
            { "t": "engine", "ts": "2026-12-03T09:59:58.000Z", "dev": "gen-7", "hours": 1234.55, "wrapAt": 210554060.75 },
            { "t": "io",     "ts": "2026-12-03T09:59:58.000Z", "dev": "van-12", "ign": true }
          ] }
        """;

    private const string DesignStatus = """
        {"v":1,"gw":"north-gate","online":true,"epoch":1764748800000,"version":"0.3.0","started":"2026-12-03T07:00:00Z","sources":["llrp:fx9600-1","ble:bay-3"]}
        """;

    [Fact]
    public void The_design_example_batch_status_and_ack_are_valid()
    {
        Assert.True(ContractSchemas.Check(ContractSchemas.Obs, DesignBatch).IsValid);
        Assert.True(ContractSchemas.Check(ContractSchemas.Status, DesignStatus).IsValid);
        Assert.True(ContractSchemas.Check(ContractSchemas.Status, DesignStatus.Replace("true", "false", StringComparison.Ordinal)).IsValid);
        Assert.True(ContractSchemas.Check(ContractSchemas.Ack, """{"v":1,"gw":"north-gate","epoch":1764748800000,"seq":4711}""").IsValid);
    }

    [Fact]
    public void A_batch_status_and_ack_written_by_the_wire_context_are_valid()
    {
        var batch = WireReader.ReadBatch(Encoding.UTF8.GetBytes(DesignBatch)).Batch! with { Oldest = 4700 };
        var rich = batch with
        {
            Observations =
            [
                .. batch.Observations,
                new RfidObservation { Timestamp = batch.Sent!.Value, Reader = "r1", Antenna = 1, Epc = "3074257bf7194e40000", Bits = 76, Count = 1 },
                new BleObservation
                {
                    Timestamp = new DateTimeOffset(2026, 12, 3, 10, 0, 0, 123, TimeSpan.Zero).AddTicks(4567),
                    Receiver = "bay-3", BeaconId = "ruuvi:c4:7c:8d:6a:12:34", Rssi = -80, Temperature = 21.5,
                    Acceleration = [0.01, -0.02, 1.0], Movements = 4, BatteryMillivolts = 2890,
                },
                new GpsObservation { Timestamp = batch.Sent!.Value, Device = "van-12", Latitude = 48.217558333333333, Longitude = 8.414495, Altitude = 765.8 },
            ],
        };
        var status = new GatewayStatus
        {
            Gateway = "north-gate", Online = true, Epoch = 1764748800000, SoftwareVersion = "0.1.0",
            Started = new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero), Sources = ["nmea:van-12"],
        };
        var ack = new HubAck { Gateway = "north-gate", Epoch = 1764748800000, Sequence = 4711 };

        var batchCheck = ContractSchemas.Check(ContractSchemas.Obs, JsonSerializer.Serialize(rich, WireJsonContext.Default.ObsBatch));
        var statusCheck = ContractSchemas.Check(ContractSchemas.Status, JsonSerializer.Serialize(status, WireJsonContext.Default.GatewayStatus));
        var ackCheck = ContractSchemas.Check(ContractSchemas.Ack, JsonSerializer.Serialize(ack, WireJsonContext.Default.HubAck));

        Assert.True(batchCheck.IsValid, batchCheck.ToString());
        Assert.True(statusCheck.IsValid, statusCheck.ToString());
        Assert.True(ackCheck.IsValid, ackCheck.ToString());
    }

    [Fact]
    public void Unknown_item_types_and_unknown_fields_are_allowed()
    {
        const string batch = """
            {"v":1,"gw":"g","epoch":1,"seq":1,"firmware":"x","obs":[
              {"t":"teleport","when":"now"},
              {"t":"io","ts":"2026-12-03T10:00:04Z","dev":"van-1","ign":false,"colour":"red"}]}
            """;

        Assert.True(ContractSchemas.Check(ContractSchemas.Obs, batch).IsValid);
    }

    [Theory]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"obs":[]}""", "")]
    [InlineData("""{"v":2,"gw":"g","epoch":1,"seq":1,"obs":[]}""", "/v")]
    [InlineData("""{"v":1,"gw":"bad/gw","epoch":1,"seq":1,"obs":[]}""", "/gw")]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"seq":0,"obs":[]}""", "/seq")]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"seq":1,"sent":"2026-12-03T10:00:00+01:00","obs":[]}""", "/sent")]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"seq":1,"obs":[{"ts":"2026-12-03T10:00:00Z"}]}""", "/obs/0")]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"seq":1,"obs":[{"t":"io","ts":"2026-12-03T10:00:00Z","dev":"d","ign":true},{"t":"gps","ts":"2026-12-03T10:00:00Z","dev":"d","lat":151.5,"lon":0}]}""", "/obs/1/lat")]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"seq":1,"obs":[{"t":"rfid","ts":"2026-12-03T10:00:00Z","reader":"r","ant":1,"epc":"3074257BF7194E4000001A85"}]}""", "/obs/0/epc")]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"seq":1,"obs":[{"t":"ble","ts":"2026-12-03T10:00:00","rx":"r","id":"ibeacon:x:1:2","rssi":-70}]}""", "/obs/0/ts")]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"seq":1,"obs":[{"t":"ble","ts":"2026-12-03T10:00:00Z","rx":"r","id":"aa:bb:cc:dd:ee:ff","rssi":-70}]}""", "/obs/0/id")]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"seq":1,"obs":[{"t":"engine","ts":"2026-12-03T10:00:00Z","dev":"gen-7","hours":-1}]}""", "/obs/0/hours")]
    public void An_invalid_batch_fails_at_the_location_of_the_problem(string json, string location)
    {
        var check = ContractSchemas.Check(ContractSchemas.Obs, json);

        Assert.False(check.IsValid);
        Assert.Contains(location, check.Locations);
    }

    [Theory]
    [InlineData("""{"t":"gps","ts":"2026-12-03T10:00:00Z","dev":"d","lat":151.5,"lon":0}""")]
    [InlineData("""{"t":"rfid","ts":"2026-12-03T10:00:00Z","reader":"r","ant":1}""")]
    [InlineData("""{"t":"io","ts":"2026-12-03T10:00:00Z","dev":"d"}""")]
    [InlineData("""{"t":"ble","ts":"2026-12-03T10:00:00Z","rx":"r","id":"aa:bb:cc:dd:ee:ff","rssi":-70}""")]
    [InlineData("""{"t":"engine","ts":"2026-12-03T10:00:00Z","dev":"gen-7","hours":-1}""")]
    [InlineData("""{"t":"ble","ts":"2026-12-03T10:00:00Z","rx":"r","id":"eid:0123","rssi":-70,"accel":[1,2]}""")]
    public void An_item_the_schema_refuses_is_refused_by_the_hubs_reader_too(string item)
    {
        var json = $$"""{"v":1,"gw":"g","epoch":1,"seq":1,"obs":[{{item}}]}""";

        Assert.Contains("/obs/0", ContractSchemas.Check(ContractSchemas.Obs, json).Locations.Select(l => l.Length > 6 ? l[..6] : l));
        Assert.Equal(0, WireReader.ReadBatch(Encoding.UTF8.GetBytes(json)).RejectedItems.Single().Index);
    }

    [Theory]
    [InlineData(ContractSchemas.Status, """{"v":1,"gw":"g","online":"yes","epoch":1}""", "/online")]
    [InlineData(ContractSchemas.Status, """{"v":1,"gw":"g","epoch":1}""", "")]
    [InlineData(ContractSchemas.Status, """{"v":1,"gw":"g","online":true,"epoch":1,"sources":["llrp:a",7]}""", "/sources/1")]
    [InlineData(ContractSchemas.Ack, """{"v":1,"gw":"g","epoch":1,"seq":-1}""", "/seq")]
    [InlineData(ContractSchemas.Ack, """{"v":1,"gw":"g","seq":4}""", "")]
    [InlineData(ContractSchemas.Ack, """{"v":1,"gw":"g","epoch":"1764748800000","seq":4}""", "/epoch")]
    public void An_invalid_status_or_ack_fails_at_the_location_of_the_problem(string schema, string json, string location)
    {
        var check = ContractSchemas.Check(schema, json);

        Assert.False(check.IsValid);
        Assert.Contains(location, check.Locations);
    }
}

using System.Text;
using System.Text.Json;
using TrackHub.Shared.Contracts;

namespace TrackHub.Shared.Tests.Contracts;

public sealed class WireReaderTests
{
    private const string DesignExample = """
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

    [Fact]
    public void The_design_example_reads_with_every_value_intact()
    {
        var result = WireReader.ReadBatch(Encoding.UTF8.GetBytes(DesignExample), "north-gate");

        Assert.Null(result.Rejected);
        Assert.Empty(result.RejectedItems);
        var batch = result.Batch!;
        Assert.Equal(("north-gate", 1764748800000L, 4711L), (batch.Gateway, batch.Epoch, batch.Sequence));
        Assert.Equal(5, batch.Observations.Count);

        var rfid = Assert.IsType<RfidObservation>(batch.Observations[0]);
        Assert.Equal("3074257bf7194e4000001a85", rfid.Epc);
        Assert.Equal(-52.5, rfid.Rssi);
        Assert.Equal(3, rfid.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 10, 0, 0, 200, TimeSpan.Zero), rfid.PeakAt);

        var gps = Assert.IsType<GpsObservation>(batch.Observations[2]);
        Assert.Equal(51.5073129, gps.Latitude);
        Assert.Equal(-0.1276623, gps.Longitude);

        var engine = Assert.IsType<EngineObservation>(batch.Observations[3]);
        Assert.Equal(1234.55, engine.Hours);
        Assert.Equal(210554060.75, engine.WrapAt);
    }

    [Fact]
    public void A_written_batch_reads_back_equal_with_timestamps_in_utc_z_form()
    {
        var batch = WireReader.ReadBatch(Encoding.UTF8.GetBytes(DesignExample)).Batch!;

        var json = JsonSerializer.Serialize(batch, WireJsonContext.Default.ObsBatch);
        var again = WireReader.ReadBatch(Encoding.UTF8.GetBytes(json)).Batch!;

        Assert.Contains("\"ts\":\"2026-12-03T10:00:00.010Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"t\":\"rfid\"", json, StringComparison.Ordinal);
        Assert.Equal(batch.Observations, again.Observations);
    }

    [Theory]
    [InlineData("not json at all", RejectionCodes.NotJson)]
    [InlineData("[1,2]", RejectionCodes.NotAnObject)]
    [InlineData("""{"v":2,"gw":"g","epoch":1,"seq":1,"obs":[]}""", RejectionCodes.UnsupportedVersion)]
    [InlineData("""{"v":1,"epoch":1,"seq":1,"obs":[]}""", RejectionCodes.MissingField)]
    [InlineData("""{"v":1,"gw":"g","seq":1,"obs":[]}""", RejectionCodes.MissingField)]
    [InlineData("""{"v":1,"gw":"g","epoch":1,"obs":[]}""", RejectionCodes.MissingField)]
    [InlineData("""{"v":1,"gw":"bad/gw","epoch":1,"seq":1,"obs":[]}""", RejectionCodes.InvalidField)]
    public void A_malformed_envelope_is_rejected_whole_with_its_reason(string payload, string code)
    {
        var result = WireReader.ReadBatch(Encoding.UTF8.GetBytes(payload));

        Assert.Null(result.Batch);
        Assert.Equal(code, result.Rejected!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejected.Detail));
    }

    [Fact]
    public void A_bad_item_is_rejected_alone_and_the_rest_of_the_batch_stands()
    {
        const string payload = """
            {"v":1,"gw":"g","epoch":1,"seq":7,"obs":[
              {"t":"gps","ts":"2026-12-03T10:00:00Z","dev":"van-1","lat":51.5,"lon":-0.1},
              {"t":"gps","ts":"2026-12-03T10:00:01Z","dev":"van-1","lat":151.5,"lon":-0.1},
              {"t":"rfid","ts":"2026-12-03T10:00:02Z","reader":"r1","ant":1},
              {"t":"teleport","ts":"2026-12-03T10:00:03Z"},
              {"t":"io","ts":"2026-12-03T10:00:04Z","dev":"van-1","ign":false,"colour":"red"}
            ]}
            """;

        var result = WireReader.ReadBatch(Encoding.UTF8.GetBytes(payload));

        Assert.Equal(5, result.ItemCount);
        Assert.Equal(2, result.Batch!.Observations.Count);
        Assert.Equal([1, 2], result.RejectedItems.Select(r => r.Index));
        Assert.Contains("'lat'", result.RejectedItems[0].Reason.Detail, StringComparison.Ordinal);
        Assert.Contains("epc", result.RejectedItems[1].Reason.Detail, StringComparison.Ordinal);
        Assert.Equal(["teleport"], result.UnknownTypes);
        Assert.Equal(1, result.UnknownFieldCount);
    }

    [Fact]
    public void A_timestamp_without_a_zone_is_rejected_and_an_offset_is_converted_to_utc()
    {
        const string payload = """
            {"v":1,"gw":"g","epoch":1,"seq":1,"obs":[
              {"t":"io","ts":"2026-12-03T10:00:00","dev":"d","ign":true},
              {"t":"io","ts":"2026-12-03T04:00:00-06:00","dev":"d","ign":true}
            ]}
            """;

        var result = WireReader.ReadBatch(Encoding.UTF8.GetBytes(payload));

        Assert.Contains("time zone", result.RejectedItems.Single().Reason.Detail, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), result.Batch!.Observations.Single().Timestamp);
        Assert.Equal(TimeSpan.Zero, result.Batch.Observations.Single().Timestamp.Offset);
    }

    [Fact]
    public void Upper_case_epcs_and_beacon_ids_are_normalised_to_lower_case()
    {
        const string payload = """
            {"v":1,"gw":"g","epoch":1,"seq":1,"obs":[
              {"t":"rfid","ts":"2026-12-03T10:00:00Z","reader":"r1","ant":1,"epc":"3074257BF7194E4000001A85"},
              {"t":"ble","ts":"2026-12-03T10:00:00Z","rx":"bay-1","id":"iBeacon:FDA50693-A4E2-4FB1-AFCF-C6EB07647825:10:7","rssi":-60}
            ]}
            """;

        var batch = WireReader.ReadBatch(Encoding.UTF8.GetBytes(payload)).Batch!;

        Assert.Equal("epc:3074257bf7194e4000001a85", batch.Observations[0].TagKey);
        Assert.Equal("ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:10:7", batch.Observations[1].TagKey);
    }

    [Fact]
    public void The_payload_gateway_must_match_the_topic()
    {
        var result = WireReader.ReadBatch(Encoding.UTF8.GetBytes("""{"v":1,"gw":"a","epoch":1,"seq":1,"obs":[]}"""), "b");

        Assert.Equal(RejectionCodes.GatewayMismatch, result.Rejected!.Code);
    }
}

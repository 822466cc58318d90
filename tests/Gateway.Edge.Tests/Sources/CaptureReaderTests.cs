using TrackHub.Edge.Sources;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;
using TrackHub.Shared.Protocols.Nmea0183;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Sources;

public sealed class CaptureReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void An_nmea_drive_log_gives_gpsds_fixes_each_at_the_line_that_completed_it()
    {
        var records = Read(new NmeaCaptureReader("car-7"), "gps", "gpsd_nl2008u.log");

        Assert.All(records, r => Assert.Null(r.Rejected));
        Assert.Equal(9, records.Count);
        var first = (GpsObservation)records[0].Observation!;
        Assert.Equal((38L, "car-7"), (records[0].Position, first.Device));
        Assert.Equal((new DateTimeOffset(2015, 10, 10, 9, 12, 32, TimeSpan.Zero), 48.217558333, 8.414495), (first.Timestamp, Math.Round(first.Latitude, 9), first.Longitude));

        // The last epoch has no successor line: it comes from the end of the file, at the last line.
        var last = (GpsObservation)records[^1].Observation!;
        Assert.Equal(145L, records[^1].Position);
        Assert.Equal((new DateTimeOffset(2015, 10, 10, 9, 34, 53, TimeSpan.Zero), 48.2208, 8.421881667), (last.Timestamp, last.Latitude, Math.Round(last.Longitude, 9)));
    }

    [Fact]
    public void A_junk_laden_cold_boot_log_reports_every_bad_line_with_its_number_and_reason()
    {
        var records = Read(new NmeaCaptureReader("se4100l"), "gps", "gpsd_gp-320fw-2019-04-07-coldboot.log");

        var rejected = records.Where(r => r.Rejected is not null).ToList();
        Assert.Equal(49, rejected.Count);
        Assert.Equal(32, rejected.Count(r => r.Rejected!.Code == NmeaRejectionCodes.BadChecksum));
        Assert.Equal(5, rejected.Count(r => r.Rejected!.Code == NmeaRejectionCodes.Glued));
        Assert.Equal(27L, rejected[0].Position);
        Assert.Contains("checksum is 05", rejected[0].Rejected!.Detail, StringComparison.Ordinal);
        Assert.Equal(rejected.Select(r => r.Position).Order(), rejected.Select(r => r.Position));
    }

    [Fact]
    public void A_gpx_track_gives_one_fix_per_point_numbered_in_document_order()
    {
        var records = Read(new GpxCaptureReader("car-1"), "gps", "gpxpy_around-visnjan-with-car.gpx");

        Assert.Equal(Enumerable.Range(1, 104).Select(n => (long)n), records.Select(r => r.Position));
        var first = (GpsObservation)records[0].Observation!;
        var last = (GpsObservation)records[^1].Observation!;
        Assert.Equal((45.2735188510, 13.7142099626, 211.15), (first.Latitude, first.Longitude, first.Altitude));
        Assert.Equal(new DateTimeOffset(2020, 12, 18, 6, 15, 50, TimeSpan.Zero), first.Timestamp);
        Assert.Equal((45.2733349521, 13.7139970623, new DateTimeOffset(2020, 12, 18, 6, 24, 24, TimeSpan.Zero)), (last.Latitude, last.Longitude, last.Timestamp));
    }

    [Fact]
    public void A_gpx_point_without_a_time_and_a_document_that_breaks_off_are_reported_not_thrown()
    {
        var path = _dir.File("broken.gpx");
        File.WriteAllText(path, """
            <gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1"><trk><trkseg>
            <trkpt lat="45.1" lon="13.7"><time>2020-12-18T06:15:50Z</time></trkpt>
            <trkpt lat="45.2" lon="13.8"></trkpt>
            <trkpt lat="45.3" lon="13.9"><time>2020-12-18T06:16:50Z</time></trkpt>
            <trkpt lat="45.4"
            """);

        var records = Read(new GpxCaptureReader("car-1"), path);

        Assert.Equal([1L, 2L, 3L, 4L], records.Select(r => r.Position));
        Assert.Equal(GpxCaptureReader.NoTime, records[1].Rejected!.Code);
        Assert.Equal(GpxCaptureReader.Malformed, records[3].Rejected!.Code);
        Assert.Equal(2, records.Count(r => r.Observation is not null));
    }

    [Fact]
    public void Json_lines_are_read_as_wire_items_and_each_bad_line_is_rejected_with_its_number()
    {
        var path = _dir.File("items.jsonl");
        File.WriteAllLines(path,
        [
            """{"t":"ble","ts":"2026-12-03T10:00:00.050Z","rx":"rx-yard","id":"ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:100:1","rssi":-71,"tx":-59}""",
            "",
            """{"t":"ble","ts":"2026-12-03T10:00:01Z","rx":"rx-yard"}""",
            """{"t":"lora","ts":"2026-12-03T10:00:02Z"}""",
            """{"t":"engine","ts":"2026-12-03T10:00:03Z","dev":"gen-7","hours":249.65}""",
            "{oops",
        ]);

        var records = Read(new JsonlCaptureReader(), path);

        Assert.Equal([1L, 3L, 4L, 5L, 6L], records.Select(r => r.Position));
        Assert.Equal(-71, Assert.IsType<BleObservation>(records[0].Observation).Rssi);
        Assert.Equal(RejectionCodes.ItemMalformed, records[1].Rejected!.Code);
        Assert.Contains("id", records[1].Rejected!.Detail, StringComparison.Ordinal);
        Assert.Equal(JsonlCaptureReader.UnknownType, records[2].Rejected!.Code);
        Assert.Equal(249.65, Assert.IsType<EngineObservation>(records[3].Observation).Hours);
        Assert.Equal(RejectionCodes.NotJson, records[4].Rejected!.Code);
    }

    [Theory]
    [InlineData("gpsd_nl2008u.log", CaptureFormats.Nmea)]
    [InlineData("gpsd_magellan-ec10.log", CaptureFormats.Nmea)]
    [InlineData("gpxpy_around-visnjan-with-car.gpx", CaptureFormats.Gpx)]
    public void The_format_of_a_real_capture_is_recognised(string file, string format) =>
        Assert.Equal(format, CaptureFormats.Detect(RepoPaths.RealDataFile("gps", file)));

    [Fact]
    public void The_format_of_a_file_with_an_uninformative_name_comes_from_its_first_line()
    {
        File.WriteAllText(_dir.File("a.txt"), "\n$GPRMC,,V,,,,,,,,,,N*53\n");
        File.WriteAllText(_dir.File("b.txt"), """{"t":"io","ts":"2026-12-03T10:00:00Z","dev":"van-1","ign":true}""");
        File.WriteAllText(_dir.File("c.txt"), "hello");

        Assert.Equal((CaptureFormats.Nmea, CaptureFormats.Jsonl), (CaptureFormats.Detect(_dir.File("a.txt")), CaptureFormats.Detect(_dir.File("b.txt"))));
        Assert.Null(CaptureFormats.Detect(_dir.File("c.txt")));
    }

    public void Dispose() => _dir.Dispose();

    private static List<CaptureRecord> Read(ICaptureReader reader, params string[] realData) =>
        Read(reader, RepoPaths.RealDataFile(realData));

    private static List<CaptureRecord> Read(ICaptureReader reader, string path)
    {
        using var stream = File.OpenRead(path);
        return [.. reader.Read(stream)];
    }
}

using System.Text;
using System.Xml;
using TrackHub.Shared.Contracts;
using TrackHub.Shared.Protocols.Gpx;
using TrackHub.Testing;

namespace TrackHub.Shared.Tests.Protocols.Gpx;

public sealed class GpxTrackReaderTests
{
    [Fact]
    public void The_etrex_car_track_reads_every_point_with_its_values_and_utc_time()
    {
        using var file = File.OpenRead(RepoPaths.RealDataFile("gps", "gpxpy_around-visnjan-with-car.gpx"));
        var rejected = new List<Rejection>();

        var points = GpxTrackReader.Read(file, rejected.Add).ToList();

        Assert.Empty(rejected);
        Assert.Equal(104, points.Count);
        Assert.Equal(
            new GpxTrackPoint(45.2735188510, 13.7142099626, 211.15, new DateTimeOffset(2020, 12, 18, 6, 15, 50, TimeSpan.Zero)),
            points[0]);
        Assert.Equal(
            new GpxTrackPoint(45.2733349521, 13.7139970623, 210.67, new DateTimeOffset(2020, 12, 18, 6, 24, 24, TimeSpan.Zero)),
            points[^1]);
        Assert.All(points, p => Assert.Equal(TimeSpan.Zero, p.Time!.Value.Offset));
        Assert.True(points.Zip(points.Skip(1)).All(pair => pair.First.Time < pair.Second.Time));
    }

    [Fact]
    public void A_track_point_becomes_a_gps_observation_of_the_device()
    {
        var point = new GpxTrackPoint(45.2735188510, 13.7142099626, 211.15, new DateTimeOffset(2020, 12, 18, 6, 15, 50, TimeSpan.Zero));

        var fix = point.ToObservation("van-12")!;

        Assert.Equal(("van-12", 45.2735188510, 13.7142099626, 211.15), (fix.Device, fix.Latitude, fix.Longitude, fix.Altitude));
        Assert.Equal(point.Time, fix.Timestamp);
        Assert.Null(fix.Speed);
        Assert.Null(fix.Hdop);
        Assert.Null(new GpxTrackPoint(45.27, 13.71, null, null).ToObservation("van-12"));
    }

    [Fact]
    public void A_gpx_1_0_track_reads_the_same_and_its_extra_point_elements_are_skipped()
    {
        const string gpx = """
            <?xml version="1.0"?>
            <gpx version="1.0" creator="test" xmlns="http://www.topografix.com/GPX/1/0">
              <wpt lat="1" lon="1"><time>2004-01-01T00:00:00Z</time></wpt>
              <trk><trkseg>
                <trkpt lat="-33.8688" lon="151.2093"><ele>-2.5</ele><time>2004-06-01T10:00:00.500+02:00</time><course>90</course><speed>3.1</speed></trkpt>
                <trkpt lat="-33.8689" lon="151.2094"/>
              </trkseg></trk>
            </gpx>
            """;

        var points = Read(gpx, out var rejected);

        Assert.Empty(rejected);
        Assert.Equal(
            [
                new GpxTrackPoint(-33.8688, 151.2093, -2.5, new DateTimeOffset(2004, 6, 1, 8, 0, 0, 500, TimeSpan.Zero)),
                new GpxTrackPoint(-33.8689, 151.2094, null, null),
            ],
            points);
    }

    [Fact]
    public void Extensions_are_ignored_even_when_they_hold_elements_named_like_gpx_ones()
    {
        const string gpx = """
            <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:x="urn:example:ext"><trk><trkseg>
            <trkpt lat="45.1" lon="13.7"><ele>200</ele><time>2020-12-18T06:15:50Z</time>
              <extensions><x:TrackPointExtension><x:ele>9999</x:ele><x:time>garbage</x:time><ele>1</ele></x:TrackPointExtension></extensions></trkpt>
            <x:trkpt lat="1" lon="1"/>
            </trkseg></trk></gpx>
            """;

        var point = Assert.Single(Read(gpx, out var rejected));

        Assert.Empty(rejected);
        Assert.Equal(new GpxTrackPoint(45.1, 13.7, 200, new DateTimeOffset(2020, 12, 18, 6, 15, 50, TimeSpan.Zero)), point);
    }

    [Fact]
    public void Points_with_invalid_values_are_reported_with_where_and_why_and_the_rest_still_read()
    {
        const string gpx = """<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="91" lon="13.7"/><trkpt lat="45.1"/><trkpt lat="north" lon="13.7"/><trkpt lat="45.1" lon="13.7"><ele>high</ele></trkpt><trkpt lat="45.1" lon="13.7"><time>yesterday</time></trkpt><trkpt lat="45.2" lon="13.8"><time>2020-12-18T06:15:50</time></trkpt></trkseg></trk></gpx>""";

        var points = Read(gpx, out var rejected);

        Assert.Equal(new GpxTrackPoint(45.2, 13.8, null, new DateTimeOffset(2020, 12, 18, 6, 15, 50, TimeSpan.Zero)), Assert.Single(points));
        Assert.Equal(
            [
                GpxRejectionCodes.InvalidCoordinates, GpxRejectionCodes.InvalidCoordinates, GpxRejectionCodes.InvalidCoordinates,
                GpxRejectionCodes.InvalidElevation, GpxRejectionCodes.InvalidTime,
            ],
            rejected.Select(r => r.Code));
        Assert.StartsWith("track point 1 (line 1, column ", rejected[0].Detail, StringComparison.Ordinal);
        Assert.Contains("lat '91'", rejected[0].Detail, StringComparison.Ordinal);
        Assert.Contains("lon '(missing)'", rejected[1].Detail, StringComparison.Ordinal);
        Assert.Contains("'yesterday'", rejected[4].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_off_document_yields_the_points_before_the_break_then_says_where_it_broke()
    {
        var text = File.ReadAllText(RepoPaths.RealDataFile("gps", "gpxpy_around-visnjan-with-car.gpx"));
        var cut = text[..text.IndexOf("<trkpt lat=\"45.2734113950\"", StringComparison.Ordinal)] + "<trkpt lat=\"45.27";
        var points = new List<GpxTrackPoint>();

        var broken = Assert.Throws<XmlException>(() =>
        {
            foreach (var point in GpxTrackReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(cut))))
            {
                points.Add(point);
            }
        });

        Assert.Equal(4, points.Count);
        Assert.Equal(1, broken.LineNumber);
    }

    private static List<GpxTrackPoint> Read(string gpx, out List<Rejection> rejected)
    {
        var list = new List<Rejection>();
        rejected = list;
        return GpxTrackReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(gpx)), list.Add).ToList();
    }
}

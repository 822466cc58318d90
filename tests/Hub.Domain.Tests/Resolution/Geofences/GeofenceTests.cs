using System.Globalization;
using System.Xml.Linq;
using TrackHub.Domain.Events;
using TrackHub.Domain.Resolution.Geofences;
using TrackHub.Hub.Domain.Tests.Support;
using TrackHub.Shared.Configuration;
using TrackHub.Testing;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.Resolution.Geofences;

public sealed class GeofenceTests
{
    [Fact]
    public void A_real_car_track_leaving_a_circle_exits_once_at_the_first_fix_outside_and_enters_once_on_return()
    {
        // A Garmin eTrex car track around Višnjan (Istria); the loop starts and ends at the same car park.
        var track = ReadGpx(RepoPaths.RealDataFile("gps", "gpxpy_around-visnjan-with-car.gpx"));
        var document = Demo.Document() with
        {
            Geofences = [new GeofenceDefinition { Id = "car-park", Name = "Car park", Circle = new CircleDefinition { Lat = track[0].Lat, Lon = track[0].Lon, Radius = 100 } }],
        };
        var feed = new Feed(Demo.Compile(document));

        foreach (var (lat, lon, ts) in track)
        {
            feed.Apply(Fix("van-1", lat, lon, ts));
        }

        var entered = feed.Events<GeofenceEntered>();
        var exited = Assert.Single(feed.Events<GeofenceExited>());
        Assert.Equal(Utc("2020-12-18T06:17:05Z"), exited.Timestamp); // fix 13 of 104, 176 m from the centre
        Assert.Equal((track[12].Lat, track[12].Lon), (exited.Lat, exited.Lon));
        Assert.Equal([Utc("2020-12-18T06:15:50Z"), Utc("2020-12-18T06:22:25Z")], entered.Select(e => e.Timestamp)); // the first fix, then the return
        Assert.Equal(["car-park"], feed.Asset("van-1").InsideGeofences);
    }

    [Fact]
    public void The_demo_customer_site_circle_has_its_radius_in_metres()
    {
        var fence = Demo.Model().Geofences.Single(g => g.Id == "customer-site-a");
        const double MetresPerDegreeLat = 111_195.08;

        Assert.True(fence.Contains(53.4928 + (119.0 / MetresPerDegreeLat), -2.2636));
        Assert.False(fence.Contains(53.4928 + (121.0 / MetresPerDegreeLat), -2.2636));
        Assert.Equal(120.0, GeoDistance.Metres(53.4928, -2.2636, 53.4928 + (120.0 / MetresPerDegreeLat), -2.2636), 0.01);
    }

    [Fact]
    public void A_polygon_fence_contains_points_inside_and_on_its_edge_but_not_outside()
    {
        var boundary = Demo.Model().Geofences.Single(g => g.Id == "north-depot-boundary");

        Assert.True(boundary.Contains(53.4808, -2.2426));
        Assert.True(boundary.Contains(53.4803024, -2.2426)); // on the southern edge
        Assert.False(boundary.Contains(53.4802, -2.2426)); // about 11 m south of it
        Assert.False(boundary.Contains(53.4808, -2.2400));
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static List<(double Lat, double Lon, DateTimeOffset Ts)> ReadGpx(string path)
    {
        XNamespace gpx = "http://www.topografix.com/GPX/1/1";
        return XDocument.Load(path).Descendants(gpx + "trkpt")
            .Select(p => (
                double.Parse((string)p.Attribute("lat")!, CultureInfo.InvariantCulture),
                double.Parse((string)p.Attribute("lon")!, CultureInfo.InvariantCulture),
                Utc((string)p.Element(gpx + "time")!)))
            .ToList();
    }
}

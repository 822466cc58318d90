using TrackHub.Domain.Events;
using TrackHub.Domain.Resolution;
using TrackHub.Domain.Resolution.Gps;
using TrackHub.Hub.Domain.Tests.Support;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.Resolution.Gps;

public sealed class GpsPositionTests
{
    // Inside the North Depot boundary fence, and a street in Salford outside every fence.
    private const double DepotLat = 53.4808, DepotLon = -2.2426;
    private const double StreetLat = 53.4700, StreetLon = -2.2500;

    [Fact]
    public void A_late_fix_does_not_move_the_vehicle_back()
    {
        var feed = new Feed(Demo.Model());
        var p2 = (Lat: 53.4851234, Lon: -2.2512345);
        var p1 = (Lat: 53.4830001, Lon: -2.2470002);
        feed.Apply(Fix("van-1", p2.Lat, p2.Lon, T0.AddMinutes(4)));
        feed.Apply(Fix("van-1", p1.Lat, p1.Lon, T0.AddMinutes(1)));

        var van = feed.Asset("van-1");
        Assert.Equal((p2.Lat, p2.Lon), (van.Location!.Lat!.Value, van.Location.Lon!.Value));
        Assert.Equal(T0.AddMinutes(4), van.Location.Since);
        Assert.Equal(LocationSources.Gps, van.Location.Source);
        Assert.Equal(T0.AddMinutes(4), van.LastSeen);

        // The late fix still belongs on the track, in time order.
        Assert.Equal([T0.AddMinutes(1), T0.AddMinutes(4)], feed.Engine.RecentTrack("van-1").Select(p => p.Ts));
    }

    [Fact]
    public void A_vehicle_inside_a_site_boundary_is_at_that_site_and_off_site_outside_it()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Fix("van-2", DepotLat, DepotLon, T0));
        Assert.Equal(Demo.Site, feed.Asset("van-2").Location?.Site);
        Assert.Equal(["north-depot-boundary"], feed.Asset("van-2").InsideGeofences);

        feed.Apply(Fix("van-2", StreetLat, StreetLon, T0.AddMinutes(5)));

        Assert.Null(feed.Asset("van-2").Location?.Site);
        Assert.Empty(feed.Asset("van-2").InsideGeofences);
        Assert.Equal([Demo.Site, null], feed.Events<AssetMoved>().Select(m => m.To.Site));
    }

    [Fact]
    public void Fixes_that_stay_at_the_same_place_update_the_position_without_a_moved_event_each()
    {
        var feed = new Feed(Demo.Model());
        for (var i = 0; i < 10; i++)
        {
            feed.Apply(Fix("van-1", StreetLat + (i * 0.001), StreetLon, T0.AddSeconds(i * 10)));
        }

        Assert.Single(feed.Events<AssetMoved>());
        Assert.Equal(StreetLat + 0.009, feed.Asset("van-1").Location!.Lat!.Value, 9);
        Assert.Equal(10, feed.Engine.RecentTrack("van-1").Count);
    }

    [Fact]
    public void The_track_keeps_the_last_500_points_in_time_order()
    {
        var track = new GpsTrack();
        for (var i = 0; i < 700; i++)
        {
            track.Add(i, 0, T0.AddSeconds(i));
        }

        track.Add(650.5, 0, T0.AddSeconds(650.5)); // late
        track.Add(-1, 0, T0.AddSeconds(-1)); // older than everything kept

        var points = track.ToArray();
        Assert.Equal(GpsTrack.Capacity, points.Length);
        Assert.Equal(201, points[0].Lon);
        Assert.Equal(699, points[^1].Lon);
        Assert.Equal(650.5, points[450].Lon);
        Assert.True(points.Zip(points.Skip(1)).All(p => p.First.Ts < p.Second.Ts));
    }
}

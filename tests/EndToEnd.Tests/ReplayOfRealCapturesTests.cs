using System.Globalization;
using System.Text.Json;
using TrackHub.Shared.Protocols.Gpx;
using TrackHub.Testing;
using TrackHub.Testing.Captures;
using TrackHub.Testing.Processes;
using TrackHub.Testing.Servers;

namespace TrackHub.EndToEnd.Tests;

/// <summary>Real captures replayed by the edge gateway through a real Mosquitto into a hub process.</summary>
public sealed class ReplayOfRealCapturesTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("trackhub-e2e-");
    private MosquittoServer _broker = null!;

    public async ValueTask InitializeAsync() => _broker = await MosquittoServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _broker.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Replaying_the_nl2008u_drive_leaves_the_van_at_the_logs_last_valid_fix()
    {
        var log = RepoPaths.RealDataFile("gps", "gpsd_nl2008u.log");
        var lastFix = GpsdCheckFile.ReadTpv(log + ".chk").Last(t => t.HasFix);
        await using var hub = await HubProcess.StartAsync(Folder("hub"), Sites.WriteTo(_folder.FullName, Sites.BlackForest()), _broker.Url);

        await EdgeReplay.RunAsync(_broker.Url, Folder("edge"), "car-logger", [log], "--device", "nl2008u", "--fast");

        var location = (await hub.GetJsonAsync("/api/assets/van-1")).GetProperty("location");
        Assert.Equal(lastFix.Lat!.Value, location.GetProperty("lat").GetDouble(), GpsdTpv.DegreesTolerance);
        Assert.Equal(lastFix.Lon!.Value, location.GetProperty("lon").GetDouble(), GpsdTpv.DegreesTolerance);
        var seen = (await hub.GetJsonAsync("/api/assets/van-1")).GetProperty("lastSeen").GetDateTimeOffset();
        Assert.Equal(lastFix.Time, seen);
    }

    [Fact]
    public async Task Replaying_the_Visnjan_car_drive_leaves_the_yard_fence_exactly_once_at_the_first_fix_outside_it()
    {
        var gpx = RepoPaths.RealDataFile("gps", "gpxpy_around-visnjan-with-car.gpx");
        var firstOutside = FirstPointFartherThan(gpx, 45.2735188510, 13.7142099626, 100);
        await using var hub = await HubProcess.StartAsync(Folder("hub"), Sites.WriteTo(_folder.FullName, Sites.Visnjan()), _broker.Url);

        await EdgeReplay.RunAsync(_broker.Url, Folder("edge"), "car-logger", [gpx], "--device", "visnjan", "--fast");

        var exits = (await hub.GetJsonAsync("/api/events?type=geofence-exited")).GetProperty("items").EnumerateArray().ToArray();
        var exit = Assert.Single(exits);
        Assert.Equal(firstOutside.Time, exit.GetProperty("timestamp").GetDateTimeOffset());
        var data = exit.GetProperty("data");
        Assert.Equal("visnjan-yard", data.GetProperty("geofenceId").GetString());
        Assert.Equal(firstOutside.Lat, data.GetProperty("lat").GetDouble(), 1e-9);
        Assert.Equal(firstOutside.Lon, data.GetProperty("lon").GetDouble(), 1e-9);
        var car = await hub.GetJsonAsync("/api/assets/car-1");
        Assert.Equal("2020-12-18T06:24:24.000Z", car.GetProperty("lastSeen").GetString());
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_folder.FullName, name)).FullName;

    /// <summary>The expected exit point, worked out independently of the hub with a haversine distance.</summary>
    private static GpxTrackPoint FirstPointFartherThan(string gpx, double lat, double lon, double metres)
    {
        using var stream = File.OpenRead(gpx);
        return GpxTrackReader.Read(stream).First(p => Haversine(lat, lon, p.Lat, p.Lon) > metres);
    }

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double earth = 6_371_008.8;
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * earth * Math.Asin(Math.Sqrt(a));
    }
}

using System.Text.Json;
using TrackHub.Shared.Configuration;

namespace TrackHub.EndToEnd.Tests;

/// <summary>Small configuration documents for the real captures: a site where each capture's vehicle belongs.</summary>
internal static class Sites
{
    /// <summary>The u-blox drive in the Black Forest (gpsd's nl2008u log), as van-1 with device id nl2008u.</summary>
    public static SiteDocument BlackForest() => new()
    {
        Sites = [new SiteDefinition { Id = "schramberg", Name = "Schramberg yard", TimeZone = "Europe/Berlin" }],
        Assets = [new AssetDefinition { Id = "van-1", Name = "Van 1", Kind = "vehicle", Category = "vehicles", Site = "schramberg", Tags = ["dev:nl2008u"] }],
    };

    /// <summary>The car drive around Višnjan (gpxpy's GPX), with a 100 m fence around where it starts.</summary>
    public static SiteDocument Visnjan() => new()
    {
        Sites = [new SiteDefinition { Id = "visnjan", Name = "Višnjan yard", TimeZone = "Europe/Zagreb" }],
        Geofences = [new GeofenceDefinition { Id = "visnjan-yard", Name = "Višnjan yard", Site = "visnjan", Circle = new CircleDefinition { Lat = 45.2735188510, Lon = 13.7142099626, Radius = 100 } }],
        Assets = [new AssetDefinition { Id = "car-1", Name = "Car 1", Kind = "vehicle", Category = "vehicles", Site = "visnjan", Tags = ["dev:visnjan"] }],
    };

    public static string WriteTo(string folder, SiteDocument document)
    {
        var path = Path.Combine(folder, "site.json");
        File.WriteAllText(path, JsonSerializer.Serialize(document, ConfigurationJsonContext.Default.SiteDocument));
        return path;
    }
}

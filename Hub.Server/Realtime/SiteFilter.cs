using TrackHub.Hub.Views;

namespace TrackHub.Hub.Realtime;

/// <summary>Which assets a site's screen shows: those that belong there or are there now (and homeless ones everywhere).</summary>
public static class SiteFilter
{
    public static bool Shows(AssetView asset, string site) =>
        asset.HomeSite == site || asset.Location?.Site == site || (asset.HomeSite is null && asset.Location?.Site is null);
}

namespace TrackHub.Hub.Realtime;

/// <summary>
/// One message for the live broadcaster: changes for the given sites, or "resync" for everyone.
/// <see cref="AssetSites"/> says, per changed asset, which sites' screens showed it before or show it now: an asset
/// that leaves a site must still reach that site's screens, or they would keep drawing it there.
/// </summary>
public sealed record LiveBroadcast(ChangeBatch? Batch, IReadOnlyList<string> Sites, bool IsResync, IReadOnlyDictionary<string, IReadOnlyList<string>> AssetSites)
{
    public static LiveBroadcast Changes(ChangeBatch batch, IReadOnlyList<string> sites, IReadOnlyDictionary<string, IReadOnlyList<string>> assetSites) =>
        new(batch, sites, false, assetSites);

    public static LiveBroadcast Resync() => new(null, [], true, new Dictionary<string, IReadOnlyList<string>>());
}

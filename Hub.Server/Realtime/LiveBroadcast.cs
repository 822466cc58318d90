namespace TrackHub.Hub.Realtime;

/// <summary>One message for the live broadcaster: changes for the given sites, or "resync" for everyone.</summary>
public sealed record LiveBroadcast(ChangeBatch? Batch, IReadOnlyList<string> Sites, bool IsResync)
{
    public static LiveBroadcast Changes(ChangeBatch batch, IReadOnlyList<string> sites) => new(batch, sites, false);

    public static LiveBroadcast Resync() => new(null, [], true);
}

using Microsoft.AspNetCore.SignalR;

namespace TrackHub.Hub.Realtime;

/// <summary>SignalR hub <c>/hubs/live</c>: subscribe to a site, get its snapshot, then receive <c>changes</c>.</summary>
public sealed class LiveHub(LiveState state) : Microsoft.AspNetCore.SignalR.Hub
{
    public const string Path = "/hubs/live";

    public static string GroupOf(string siteId) => "site:" + siteId;

    public async Task<SiteSnapshot> Subscribe(string siteId)
    {
        if (!state.SiteIds.Contains(siteId, StringComparer.Ordinal))
        {
            throw new HubException($"site '{siteId}' is not configured");
        }

        // Join first, then read: a change made in between arrives as a message and is dropped by its version.
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(siteId));
        return state.Snapshot(siteId) ?? throw new HubException($"site '{siteId}' is not configured");
    }
}

using TrackHub.Domain.Events;

namespace TrackHub.Domain.Configuration;

/// <summary>Writes a <c>TagAssigned</c> event for every tag a new configuration gives to an asset that did not have it.</summary>
internal static class TagAssignments
{
    public static void Record(SiteModel previous, SiteModel next, DateTimeOffset now, DecisionSet decisions)
    {
        foreach (var asset in next.Assets)
        {
            foreach (var key in asset.Tags ?? [])
            {
                if (previous.FindTagOwner(key) is not { Kind: TagOwnerKind.Asset } before || before.Id != asset.Id)
                {
                    decisions.Events.Add(new TagAssigned { Timestamp = now, AssetId = asset.Id, Site = asset.Site, TagKey = key });
                }
            }
        }
    }
}

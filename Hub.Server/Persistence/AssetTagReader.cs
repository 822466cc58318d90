using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence.Rows;

namespace TrackHub.Hub.Persistence;

internal static class AssetTagReader
{
    /// <summary>Tag keys per asset, in configuration order; for the given assets, or all when null.</summary>
    public static async Task<Dictionary<string, IReadOnlyList<string>>> LoadAsync(TrackHubDbContext db, IReadOnlyCollection<string>? assetIds, CancellationToken cancellationToken)
    {
        var rows = new List<AssetTagRow>();
        if (assetIds is null)
        {
            rows = await db.AssetTags.ToListAsync(cancellationToken);
        }
        else
        {
            foreach (var ids in assetIds.Chunk(StoreUpserts.KeysPerQuery))
            {
                rows.AddRange(await db.AssetTags.Where(t => ids.Contains(t.AssetId)).ToListAsync(cancellationToken));
            }
        }

        return rows.GroupBy(t => t.AssetId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(t => t.Position).Select(t => t.TagKey)], StringComparer.Ordinal);
    }
}

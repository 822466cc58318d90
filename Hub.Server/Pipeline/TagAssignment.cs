using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Pipeline;

/// <summary>Giving a tag to an asset is a change of the configuration document; this computes that change.</summary>
internal static class TagAssignment
{
    /// <returns>
    /// Success with <paramref name="updated"/> set to the new document, success with it null when the asset already has
    /// the tag, or the reason it cannot be done.
    /// </returns>
    public static CommandResult Apply(SiteDocument document, string tagKey, string assetId, out SiteDocument? updated, out AssetDefinition? asset)
    {
        updated = null;
        asset = document.Assets.FirstOrDefault(a => a.Id == assetId);
        if (TagKeys.KindOf(tagKey) is null)
        {
            return CommandResult.Invalid([$"'{tagKey}' is not a tag key (epc:…, ibeacon:…, eddystone:…, altbeacon:…, ruuvi:…, mac:…, eid:… or dev:…)"]);
        }

        if (asset is null)
        {
            return CommandResult.NotFound($"asset '{assetId}' is not defined");
        }

        if (asset.Tags.Contains(tagKey, StringComparer.Ordinal))
        {
            return CommandResult.Ok(0);
        }

        var otherAsset = document.Assets.FirstOrDefault(a => a.Tags.Contains(tagKey, StringComparer.Ordinal));
        if (otherAsset is not null)
        {
            return CommandResult.Conflict($"tag '{tagKey}' already belongs to asset '{otherAsset.Id}'");
        }

        var person = document.People.FirstOrDefault(p => p.Tags.Contains(tagKey, StringComparer.Ordinal));
        if (person is not null)
        {
            return CommandResult.Conflict($"tag '{tagKey}' is the badge of person '{person.Id}'");
        }

        var target = asset;
        updated = document with
        {
            Assets = document.Assets.Select(a => ReferenceEquals(a, target) ? a with { Tags = [.. a.Tags, tagKey] } : a).ToArray(),
        };
        return CommandResult.Ok(0);
    }
}

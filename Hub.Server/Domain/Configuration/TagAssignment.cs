using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Configuration;

/// <summary>Giving a tag to an asset is a change of the configuration document; this works out that change.</summary>
public static class TagAssignment
{
    public static TagAssignmentOutcome Assign(SiteModel model, string tagKey, string assetId)
    {
        if (TagKeyFormat.Problem(tagKey) is { } problem)
        {
            return new(TagAssignmentStatus.InvalidTag, null, problem);
        }

        var asset = model.Document.Assets.FirstOrDefault(a => a.Id == assetId);
        if (asset is null)
        {
            return new(TagAssignmentStatus.UnknownAsset, null, $"asset '{assetId}' is not defined");
        }

        switch (model.FindTagOwner(tagKey))
        {
            case { Kind: TagOwnerKind.Asset } owner when owner.Id == assetId:
                return new(TagAssignmentStatus.AlreadyAssigned, null, null);
            case { } owner:
                return new(TagAssignmentStatus.OwnedByAnother, null, $"tag '{tagKey}' already belongs to {owner}");
        }

        var document = model.Document with
        {
            Assets = [.. model.Document.Assets.Select(a => ReferenceEquals(a, asset) ? a with { Tags = [.. a.Tags, tagKey] } : a)],
        };
        return new(TagAssignmentStatus.Assigned, document, null);
    }
}

/// <summary>What assigning a tag comes to: the new document when it is <see cref="TagAssignmentStatus.Assigned"/>, else why not.</summary>
public sealed record TagAssignmentOutcome(TagAssignmentStatus Status, SiteDocument? Document, string? Problem);

public enum TagAssignmentStatus
{
    Assigned,
    AlreadyAssigned,
    InvalidTag,
    UnknownAsset,
    OwnedByAnother,
}

namespace TrackHub.Domain.Configuration;

/// <summary>Who carries a tag: an asset or a person (a badge).</summary>
public sealed record TagOwner(TagOwnerKind Kind, string Id, string Name)
{
    public override string ToString() => $"{(Kind == TagOwnerKind.Asset ? "asset" : "person")} '{Id}'";
}

public enum TagOwnerKind
{
    Asset,
    Person,
}

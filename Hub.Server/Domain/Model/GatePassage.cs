namespace TrackHub.Domain.Model;

/// <summary>Assets and people that went through a gate together, in one direction.</summary>
public sealed record GatePassage
{
    public required string Id { get; init; }

    public required string GateId { get; init; }

    public required string Site { get; init; }

    public required PassageDirection Direction { get; init; }

    /// <summary>Event time of the first read of the passage.</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>Event time of the last read of the passage.</summary>
    public required DateTimeOffset Ended { get; init; }

    public IReadOnlyList<string> Assets { get; init; } = [];

    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>Tags in the passage that no asset or person owns.</summary>
    public IReadOnlyList<string> UnknownTags { get; init; } = [];

    public IReadOnlyList<ObservationRef> Evidence { get; init; } = [];
}

public enum PassageDirection
{
    In,
    Out,
}

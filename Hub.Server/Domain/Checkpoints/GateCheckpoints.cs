using TrackHub.Domain.Model;

namespace TrackHub.Domain.Checkpoints;

/// <summary>The recent reads of one tag (EPC) on each side of one gate.</summary>
public sealed record GateTrackCheckpoint(string Gate, string Epc, SideReadsCheckpoint? Outside, SideReadsCheckpoint? Inside, DateTimeOffset Latest);

/// <summary>A run of reads on one side of a gate: first seen, closest approach, last seen, and the reads that bound it.</summary>
public sealed record SideReadsCheckpoint(DateTimeOffset First, DateTimeOffset At, DateTimeOffset Last, ObservationRef FirstRef, ObservationRef LastRef);

/// <summary>A gate passage whose group window had not passed yet.</summary>
public sealed record OpenPassageCheckpoint
{
    public required string Gate { get; init; }

    public required PassageDirection Direction { get; init; }

    public required DateTimeOffset FirstCrossedAt { get; init; }

    public required DateTimeOffset LastCrossedAt { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required DateTimeOffset Ended { get; init; }

    /// <summary>The assets in crossing order, each with its own crossing.</summary>
    public IReadOnlyList<CrossingCheckpoint> Assets { get; init; } = [];

    public IReadOnlyList<string> People { get; init; } = [];

    public IReadOnlyList<string> UnknownTags { get; init; } = [];

    public IReadOnlyList<ObservationRef> Evidence { get; init; } = [];
}

/// <summary>One asset's crossing in an open passage (its events take their time and evidence from it).</summary>
public sealed record CrossingCheckpoint(string AssetId, DateTimeOffset Started, DateTimeOffset Ended, DateTimeOffset CrossedAt, IReadOnlyList<ObservationRef> Evidence);

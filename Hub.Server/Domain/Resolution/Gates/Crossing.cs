using TrackHub.Domain.Model;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Resolution.Gates;

/// <summary>One tag through one gate in one direction, with the reads that prove it.</summary>
/// <param name="CrossedAt">When it reached the far side: the closest approach to the second antenna.</param>
internal sealed record Crossing(
    GateDefinition Gate,
    PassageDirection Direction,
    DateTimeOffset Started,
    DateTimeOffset Ended,
    DateTimeOffset CrossedAt,
    IReadOnlyList<ObservationRef> Evidence);

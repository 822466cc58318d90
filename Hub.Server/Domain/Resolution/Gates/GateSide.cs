using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Resolution.Gates;

/// <summary>What one reader antenna watches: one side of one gate.</summary>
internal sealed record GateSide(GateDefinition Gate, bool Inside);

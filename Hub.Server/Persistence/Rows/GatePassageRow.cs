using TrackHub.Domain.Model;

namespace TrackHub.Hub.Persistence.Rows;

/// <summary>A completed gate passage (table <c>gate_passages</c>); who and what went through are JSON arrays of ids.</summary>
public sealed class GatePassageRow
{
    public required string Id { get; set; }

    public required string GateId { get; set; }

    public required string Site { get; set; }

    public PassageDirection Direction { get; set; }

    public DateTimeOffset Started { get; set; }

    public DateTimeOffset Ended { get; set; }

    public required string Assets { get; set; }

    public required string People { get; set; }

    public required string UnknownTags { get; set; }

    public required string Evidence { get; set; }
}

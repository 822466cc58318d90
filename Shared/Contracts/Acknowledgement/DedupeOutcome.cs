namespace TrackHub.Shared.Contracts.Acknowledgement;

/// <summary>Whether a batch is new, and how many seqs were given up as lost while admitting it.</summary>
public readonly record struct DedupeOutcome(bool IsNew, long NewGaps = 0)
{
    public static readonly DedupeOutcome New = new(true);
    public static readonly DedupeOutcome Duplicate = new(false);
}

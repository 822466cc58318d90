namespace TrackHub.Shared.Contracts.Acknowledgement;

/// <summary>
/// The dedupe state of one gateway epoch, as <see cref="BatchDeduplicator"/> hands it out and takes it back: every
/// <c>seq</c> up to <see cref="Watermark"/> is settled, <see cref="AppliedAbove"/> lists the seqs applied beyond it (out
/// of order arrivals), and <see cref="Gaps"/> counts the seqs given up as lost.
/// </summary>
public sealed record StreamState(string Gateway, long Epoch, long Watermark, IReadOnlyList<long> AppliedAbove, long Gaps);

using TrackHub.Hub.Persistence;
using TrackHub.Shared.Contracts.Acknowledgement;

namespace TrackHub.Hub.Pipeline.Dedupe;

/// <summary>
/// The deduplicator (in Shared, so gateways test against the same rules) speaks <see cref="StreamState"/>; storage keeps
/// <see cref="GatewayStreamState"/>. The two carry the same fields.
/// </summary>
internal static class StreamStateMapping
{
    public static void Restore(this BatchDeduplicator dedupe, IEnumerable<GatewayStreamState> stored) =>
        dedupe.Restore(stored.Select(s => new StreamState(s.Gateway, s.Epoch, s.Watermark, s.AppliedAbove, s.Gaps)));

    public static GatewayStreamState ToStored(this StreamState s) => new(s.Gateway, s.Epoch, s.Watermark, s.AppliedAbove, s.Gaps);

    public static GatewayStreamState[] ToStored(this IEnumerable<StreamState> streams) => [.. streams.Select(ToStored)];
}

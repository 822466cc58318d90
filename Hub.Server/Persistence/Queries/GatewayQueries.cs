using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>Gateways with their delivery state: the settled seq of the current epoch and the gaps seen over all epochs.</summary>
public sealed class GatewayQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    public async Task<IReadOnlyList<GatewayView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var gateways = await db.Gateways.OrderBy(g => g.Id).ToListAsync(cancellationToken);
        var streams = (await db.GatewayStreams.ToListAsync(cancellationToken)).ToLookup(s => s.Gateway, StringComparer.Ordinal);
        return [.. gateways.Select(g =>
        {
            var record = RecordMapping.ToRecord(g);
            var own = streams[g.Id].ToList();
            var current = own.FirstOrDefault(s => s.Epoch == g.Epoch);
            return new GatewayView(
                record.Id, record.Online, record.LastSeen, record.SoftwareVersion, record.Started, record.Sources, record.Epoch, record.LastSeq,
                current?.Watermark, own.Sum(s => s.Gaps));
        })];
    }
}

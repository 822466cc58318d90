using Microsoft.EntityFrameworkCore;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>The active (newest) configuration version.</summary>
public sealed class ConfigurationQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    public async Task<StoredConfiguration?> ActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.ConfigurationVersions.OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : RecordMapping.ToRecord(row);
    }
}

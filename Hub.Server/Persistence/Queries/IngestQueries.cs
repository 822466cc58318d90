using System.Text;
using Microsoft.EntityFrameworkCore;
using TrackHub.Hub.Persistence.Rows;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>Dead letters and ingest counts, from the database (they survive restarts, unlike the metrics).</summary>
public sealed class IngestQueries(IDbContextFactory<TrackHubDbContext> contexts)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<Page<DeadLetterView>> DeadLettersAsync(string? code, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var db = contexts.CreateDbContext();
        var query = db.DeadLetters.AsQueryable();
        if (!string.IsNullOrWhiteSpace(code))
        {
            query = query.Where(d => d.Code == code);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<DeadLetterView>([.. rows.Select(ToView)], total, page.Number, page.Size);
    }

    public async Task<IngestStats> StatsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var batches = await db.Batches.LongCountAsync(cancellationToken);
        var observations = await db.Batches.SumAsync(b => (long?)b.ItemCount, cancellationToken) ?? 0;
        var accepted = await db.Batches.SumAsync(b => (long?)b.AcceptedCount, cancellationToken) ?? 0;
        var byCode = await db.DeadLetters.GroupBy(d => d.Code).Select(g => new { Code = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        return new IngestStats(
            batches,
            observations,
            accepted,
            byCode.Sum(c => c.Count),
            new SortedDictionary<string, long>(byCode.ToDictionary(c => c.Code, c => c.Count), StringComparer.Ordinal));
    }

    /// <summary>Payloads are shown as text when they are UTF-8 (every JSON one is), else as <c>base64:</c>, so nothing is mangled.</summary>
    private static DeadLetterView ToView(DeadLetterRow d)
    {
        string payload;
        try
        {
            payload = StrictUtf8.GetString(d.Payload);
        }
        catch (DecoderFallbackException)
        {
            payload = "base64:" + Convert.ToBase64String(d.Payload);
        }

        return new DeadLetterView(d.Id, d.ReceivedAt, d.Topic, d.Scope, d.Code, d.Reason, d.Gateway, d.Epoch, d.Seq, d.ItemIndex, payload);
    }
}

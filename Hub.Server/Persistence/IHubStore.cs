namespace TrackHub.Hub.Persistence;

/// <summary>
/// The hub's relational storage (EF Core; SQLite by default, PostgreSQL by configuration). The pipeline is the only
/// writer: it loads everything once at start and then saves one <see cref="PipelineCommit"/> per group of batches,
/// in one transaction, so a batch's effects and its dedupe record land together or not at all.
/// </summary>
public interface IHubStore
{
    /// <summary>Applies pending migrations (never EnsureCreated).</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<HubSnapshot> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(PipelineCommit commit, CancellationToken cancellationToken);

    /// <summary>Whether a batch is stored: after a commit reported failed, this tells whether it committed after all.</summary>
    Task<bool> ContainsBatchAsync(string gateway, long epoch, long seq, CancellationToken cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Persistence.Queries;

namespace TrackHub.Hub.Tests.Persistence;

/// <summary>
/// A migrated, empty database of one provider per test, wired exactly as the hub wires it
/// (<see cref="PersistenceServiceCollectionExtensions.AddTrackHubPersistence"/>).
/// </summary>
public abstract class StoreTestBase : IAsyncLifetime
{
    private ServiceProvider? _services;

    protected FakeTimeProvider Clock { get; } = new(Sample.T0.AddMinutes(1));

    protected IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    protected IHubStore Store => Services.GetRequiredService<IHubStore>();

    protected AssetQueries Assets => Services.GetRequiredService<AssetQueries>();

    protected EventQueries Events => Services.GetRequiredService<EventQueries>();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The <c>Storage:*</c> settings of a new, empty database.</summary>
    protected abstract Task<Dictionary<string, string?>> NewDatabaseAsync();

    protected virtual ValueTask DisposeDatabaseAsync() => ValueTask.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(await NewDatabaseAsync()).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Clock);
        services.AddTrackHubPersistence(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await Store.MigrateAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await DisposeDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    protected TrackHubDbContext NewContext() => Services.GetRequiredService<IDbContextFactory<TrackHubDbContext>>().CreateDbContext();
}

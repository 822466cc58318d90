using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrackHub.Hub.Persistence.Queries;

namespace TrackHub.Hub.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store (<see cref="IHubStore"/>), the context factory and the read queries, with
    /// <see cref="StorageOptions"/> bound from <c>Storage</c> and validated at start: <c>Storage:Provider</c> is
    /// <c>sqlite</c> (default: <c>trackhub.db</c> in <c>Storage:DataDirectory</c>) or <c>postgres</c> (needs
    /// <c>Storage:ConnectionString</c>). Call <see cref="IHubStore.MigrateAsync"/> before the first load.
    /// </summary>
    public static IServiceCollection AddTrackHubPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        services.TryAddSingleton<TrackHubDbContextFactory>();
        services.TryAddSingleton<IDbContextFactory<TrackHubDbContext>>(sp => sp.GetRequiredService<TrackHubDbContextFactory>());
        services.TryAddSingleton<StoreMetrics>();
        services.TryAddSingleton<HubStore>();
        services.TryAddSingleton<IHubStore>(sp => sp.GetRequiredService<HubStore>());

        services.TryAddSingleton<AssetQueries>();
        services.TryAddSingleton<EventQueries>();
        services.TryAddSingleton<PassageQueries>();
        services.TryAddSingleton<WorkOrderQueries>();
        services.TryAddSingleton<GatewayQueries>();
        services.TryAddSingleton<UnknownTagQueries>();
        services.TryAddSingleton<IngestQueries>();
        services.TryAddSingleton<ConfigurationQueries>();
        return services;
    }
}

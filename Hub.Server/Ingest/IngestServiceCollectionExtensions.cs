using TrackHub.Hub.Hosting;
using TrackHub.Hub.Pipeline;

namespace TrackHub.Hub.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>MQTT in and out: the embedded broker (default) or a subscription to an external one, and acknowledgements.</summary>
    public static IServiceCollection AddTrackHubIngest(this IServiceCollection services, IConfiguration configuration)
    {
        var embedded = configuration.GetValue($"{HubOptions.SectionName}:Mqtt:EmbeddedBroker", true);
        if (embedded)
        {
            services.AddSingleton<EmbeddedBroker>();
            services.AddSingleton<IMqttPublisher>(sp => sp.GetRequiredService<EmbeddedBroker>());
            services.AddHostedService(sp => sp.GetRequiredService<EmbeddedBroker>());
        }
        else
        {
            services.AddSingleton<ExternalBrokerIngest>();
            services.AddSingleton<IMqttPublisher>(sp => sp.GetRequiredService<ExternalBrokerIngest>());
            services.AddHostedService(sp => sp.GetRequiredService<ExternalBrokerIngest>());
        }

        services.AddSingleton<AckPublisher>();
        services.AddSingleton<IPipelineObserver>(sp => sp.GetRequiredService<AckPublisher>());
        services.AddHostedService(sp => sp.GetRequiredService<AckPublisher>());
        return services;
    }
}

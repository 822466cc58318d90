using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrackHub.Edge.Configuration;
using TrackHub.Edge.Diagnostics;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Pipeline;
using TrackHub.Edge.Publishing;
using TrackHub.Edge.Sources;

namespace TrackHub.Edge.Hosting;

public static class EdgeServiceCollectionExtensions
{
    /// <summary>
    /// The edge gateway's parts: outbox, sources, ingest pipeline, publisher, metrics. Options are validated at start;
    /// bind or configure them on the returned builder.
    /// </summary>
    public static OptionsBuilder<EdgeOptions> AddEdgeGateway(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<IValidateOptions<EdgeOptions>, EdgeOptionsValidator>();
        services.AddSingleton<EdgeMetrics>();
        services.AddSingleton<SourceFactory>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EdgeOptions>>().Value;
            var outbox = SqliteOutbox.Open(
                options.StateDirectory, options.Gateway, options.Outbox, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<SqliteOutbox>>());
            sp.GetRequiredService<EdgeMetrics>().Observe(outbox);
            return outbox;
        });
        services.AddSingleton<IReadOnlyList<IObservationSource>>(sp =>
        {
            var factory = sp.GetRequiredService<SourceFactory>();
            return [.. sp.GetRequiredService<IOptions<EdgeOptions>>().Value.Sources.Select(factory.Create)];
        });
        services.AddSingleton(sp => new EdgeIdentity(
            sp.GetRequiredService<IOptions<EdgeOptions>>().Value.Gateway,
            EdgeIdentity.CurrentVersion,
            StartedAt(sp.GetRequiredService<TimeProvider>()),
            [.. sp.GetRequiredService<IReadOnlyList<IObservationSource>>().Select(s => s.Name)]));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EdgeOptions>>().Value;
            return new MqttPublisher(
                sp.GetRequiredService<SqliteOutbox>(), sp.GetRequiredService<EdgeIdentity>(), options.Broker, options.Publisher,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<EdgeMetrics>(), sp.GetRequiredService<ILogger<MqttPublisher>>());
        });
        services.AddSingleton(sp => new IngestPipeline(
            sp.GetRequiredService<IReadOnlyList<IObservationSource>>(),
            sp.GetRequiredService<SqliteOutbox>(),
            sp.GetRequiredService<IOptions<EdgeOptions>>().Value.Batching,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<EdgeMetrics>(),
            sp.GetRequiredService<ILogger<IngestPipeline>>()));
        return services.AddOptions<EdgeOptions>().ValidateOnStart();
    }

    /// <summary>Now, to the millisecond, as the contract writes timestamps.</summary>
    private static DateTimeOffset StartedAt(TimeProvider time)
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}

namespace TrackHub.Hub.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>The ordered pipeline, its queue, its metrics, and the commands people send through it.</summary>
    public static IServiceCollection AddTrackHubPipeline(this IServiceCollection services)
    {
        services.AddSingleton<PipelineChannel>();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<IngestPipeline>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestPipeline>());
        services.AddSingleton<IPipelineCommands, PipelineCommands>();
        return services;
    }
}

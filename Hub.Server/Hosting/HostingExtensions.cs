using Microsoft.Extensions.Options;
using TrackHub.Hub.Api;
using TrackHub.Hub.Health;
using TrackHub.Hub.Ingest;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Pipeline;
using TrackHub.Hub.Realtime;
using TrackHub.Hub.Web;

namespace TrackHub.Hub.Hosting;

public static class HostingExtensions
{
    /// <summary>Everything the hub is made of; each feature wires itself.</summary>
    public static WebApplicationBuilder AddTrackHub(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HubOptions>().BindConfiguration(HubOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HubOptions>, HubOptionsValidator>();
        services.AddSingleton(TimeProvider.System);

        services.AddTrackHubApi();
        services.AddTrackHubPersistence(builder.Configuration);
        services.AddTrackHubPipeline();
        services.AddTrackHubIngest(builder.Configuration);
        services.AddTrackHubRealtime();
        return builder;
    }

    public static WebApplication MapTrackHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseTrackHubWebUi();
        app.MapTrackHubHealth();
        app.MapTrackHubApi();
        app.MapTrackHubRealtime();
        return app;
    }
}

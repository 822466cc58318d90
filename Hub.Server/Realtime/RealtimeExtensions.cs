using System.Text.Json;
using System.Text.Json.Serialization;
using TrackHub.Hub.Pipeline;
using TrackHub.Hub.Hosting;

namespace TrackHub.Hub.Realtime;

public static class RealtimeExtensions
{
    /// <summary>Live views: the read model, the broadcaster and SignalR with the API's JSON conventions.</summary>
    public static IServiceCollection AddTrackHubRealtime(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(o =>
        {
            HubJson.Configure(o.PayloadSerializerOptions);
            o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddSingleton<LiveBroadcastQueue>();
        services.AddSingleton<LiveState>();
        services.AddSingleton<IPipelineObserver>(sp => sp.GetRequiredService<LiveState>());
        services.AddHostedService<LiveBroadcaster>();
        return services;
    }

    public static IEndpointRouteBuilder MapTrackHubRealtime(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<LiveHub>(LiveHub.Path);
        return endpoints;
    }
}

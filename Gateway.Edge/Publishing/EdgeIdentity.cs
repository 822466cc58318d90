using System.Reflection;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Publishing;

/// <summary>What the gateway says about itself in its retained status (and its last will).</summary>
public sealed record EdgeIdentity(string Gateway, string SoftwareVersion, DateTimeOffset Started, IReadOnlyList<string> Sources)
{
    public static string CurrentVersion { get; } =
        typeof(EdgeIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(EdgeIdentity).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    public GatewayStatus Status(long epoch, bool online) => new()
    {
        Gateway = Gateway,
        Online = online,
        Epoch = epoch,
        SoftwareVersion = SoftwareVersion,
        Started = Started,
        Sources = Sources,
    };
}

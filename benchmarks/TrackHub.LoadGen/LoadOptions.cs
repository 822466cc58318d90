using TrackHub.LoadGen.Gateways;
using TrackHub.LoadGen.Traffic;

namespace TrackHub.LoadGen;

/// <summary>One load run, as given on the command line (checked by <see cref="Cli.LoadGenCommand"/>).</summary>
public sealed record LoadOptions
{
    public required BrokerAddress Broker { get; init; }

    public required Uri Hub { get; init; }

    public required string Site { get; init; }

    public required int Gateways { get; init; }

    /// <summary>Target total observations per second, over all gateways.</summary>
    public required double Rate { get; init; }

    public required int BatchSize { get; init; }

    public required TimeSpan Duration { get; init; }

    public required TimeSpan Warmup { get; init; }

    public required string ConfigPath { get; init; }

    public TrafficMix Mix { get; init; } = TrafficMix.Default;

    public string? JsonPath { get; init; }

    /// <summary>How long to wait after publishing stops for the hub and the screen to catch up.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the hub's <c>/health</c> before starting.</summary>
    public TimeSpan HubTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public string GatewayPrefix { get; init; } = "loadgen";

    public int Seed { get; init; } = 1;

    /// <summary>Exit non-zero unless every observation was accepted and seen on the screen, with no errors.</summary>
    public bool Check { get; init; }

    /// <summary>Batches per second each gateway sends to make up <see cref="Rate"/>.</summary>
    public double BatchesPerSecondPerGateway => Rate / BatchSize / Gateways;
}

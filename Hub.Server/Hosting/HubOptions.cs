
namespace TrackHub.Hub.Hosting;

/// <summary>The hub's settings, section <c>Hub</c> of appsettings.json / environment (<c>Hub__Mqtt__Port</c>, …).</summary>
public sealed class HubOptions
{
    public const string SectionName = "Hub";

    /// <summary>A configuration document imported at start when the database has none yet (the demo uses this).</summary>
    public string? SeedConfiguration { get; set; }

    /// <summary>The folder of the built wall-screen UI (Hub.Web/dist). Default: <c>wwwroot</c> beside the binaries.</summary>
    public string? WebRoot { get; set; }

    public MqttOptions Mqtt { get; set; } = new();

    public IngestOptions Ingest { get; set; } = new();
}

public sealed class MqttOptions
{
    /// <summary>Run the MQTT broker inside the hub (default). False: subscribe to <see cref="BrokerUrl"/> instead.</summary>
    public bool EmbeddedBroker { get; set; } = true;

    /// <summary>Embedded broker: TCP port (1883 by default).</summary>
    public int Port { get; set; } = 1883;

    /// <summary>
    /// Embedded broker: the address to listen on. Loopback by default, as Mosquitto 2 does: the embedded broker has no
    /// authentication yet, so opening it to gateways on the network (<c>0.0.0.0</c>) is a decision to make knowingly.
    /// </summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Embedded broker: how many messages may queue for one slow subscriber before it is disconnected.</summary>
    public int MaxPendingMessagesPerClient { get; set; } = 1_000_000;

    /// <summary>External broker, e.g. <c>mqtt://broker.example:1883</c>; required when <see cref="EmbeddedBroker"/> is false.</summary>
    public string? BrokerUrl { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Client id of the hub's subscription on an external broker; its persistent session keeps what arrives while the hub is down.</summary>
    public string ClientId { get; set; } = "trackhub-hub";
}

public sealed class IngestOptions
{
    /// <summary>MQTT messages waiting for the pipeline; when full, the broker is made to wait (nothing is dropped).</summary>
    public int ChannelCapacity { get; set; } = 4096;

    /// <summary>Most messages applied and stored in one transaction.</summary>
    public int MaxGroupSize { get; set; } = 512;

    /// <summary>
    /// An observation stamped further ahead of the hub's clock than this is dead-lettered (<c>clock-skew</c>): a device
    /// clock that runs ahead would otherwise drag every time-based decision with it.
    /// </summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the event clock advances without input (closes gate passages, etc.).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);
}

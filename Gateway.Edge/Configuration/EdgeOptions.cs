using TrackHub.Edge.Batching;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Publishing;
using TrackHub.Edge.Sources;

namespace TrackHub.Edge.Configuration;

/// <summary>
/// The edge configuration file (<c>deploy/edge/edge.sample.json</c> is the worked example). <c>replay</c> builds the same
/// options from its command line, so both commands are checked by <see cref="EdgeOptionsValidator"/>.
/// </summary>
public sealed class EdgeOptions
{
    /// <summary>Gateway id: appears in topics and in every batch.</summary>
    public string Gateway { get; set; } = string.Empty;

    public BrokerOptions Broker { get; set; } = new();

    /// <summary>Where the outbox database lives; relative paths are resolved against the configuration file.</summary>
    public string StateDirectory { get; set; } = string.Empty;

    public BatchingOptions Batching { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();

    public PublisherOptions Publisher { get; set; } = new();

    public List<SourceOptions> Sources { get; set; } = [];
}

using TrackHub.Domain;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence;

namespace TrackHub.Hub.Pipeline;

/// <summary>What a stored group changed, handed to live views and the acknowledgement publisher after the commit.</summary>
public sealed record CommittedChanges
{
    public IReadOnlyList<AssetState> Assets { get; init; } = [];

    public IReadOnlyList<string> RemovedAssets { get; init; } = [];

    public IReadOnlyList<GatePassage> Passages { get; init; } = [];

    public IReadOnlyList<WorkOrder> WorkOrders { get; init; } = [];

    public IReadOnlyList<UnknownTag> UnknownTags { get; init; } = [];

    public IReadOnlyList<string> RemovedUnknownTags { get; init; } = [];

    public IReadOnlyList<GatewayRecord> Gateways { get; init; } = [];

    public IReadOnlyList<GatewayStreamState> Streams { get; init; } = [];

    /// <summary>The new site model when the configuration changed in this group.</summary>
    public SiteModel? Model { get; init; }
}

/// <summary>Something that follows the pipeline's stored changes (live views, acknowledgements).</summary>
public interface IPipelineObserver
{
    /// <summary>Called on the pipeline's thread right after a commit; must be quick and must not throw.</summary>
    void OnCommitted(CommittedChanges changes);

    /// <summary>Called once at start with the state loaded from storage.</summary>
    void OnStarted(PipelineStartState state);
}

/// <summary>The state the pipeline runs from after loading storage.</summary>
public sealed record PipelineStartState(
    SiteModel Model,
    IReadOnlyCollection<AssetState> Assets,
    IReadOnlyList<GatePassage> Passages,
    IReadOnlyCollection<WorkOrder> WorkOrders,
    IReadOnlyCollection<UnknownTag> UnknownTags,
    IReadOnlyCollection<GatewayRecord> Gateways,
    IReadOnlyList<GatewayStreamState> Streams);

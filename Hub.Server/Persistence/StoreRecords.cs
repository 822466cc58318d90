using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Persistence;

/// <summary>Everything the pipeline needs at start.</summary>
public sealed record HubSnapshot
{
    /// <summary>The active configuration, or null before the first import.</summary>
    public StoredConfiguration? Configuration { get; init; }

    public IReadOnlyList<AssetState> Assets { get; init; } = [];

    public IReadOnlyList<UnknownTag> UnknownTags { get; init; } = [];

    public IReadOnlyList<WorkOrder> OpenWorkOrders { get; init; } = [];

    /// <summary>The newest gate passages (at most 50), newest first.</summary>
    public IReadOnlyList<GatePassage> RecentPassages { get; init; } = [];

    public IReadOnlyList<GatewayStreamState> Streams { get; init; } = [];

    public IReadOnlyList<GatewayRecord> Gateways { get; init; } = [];

    /// <summary>The engine's in-flight state as last stored, or null when there is none (or it could not be read).</summary>
    public EngineCheckpoint? Checkpoint { get; init; }
}

/// <summary>One version of the configuration document; the newest is active.</summary>
public sealed record StoredConfiguration(long Version, DateTimeOffset ImportedAt, SiteDocument Document, string? Note);

/// <summary>
/// The dedupe state of one gateway epoch: every <c>seq</c> up to <see cref="Watermark"/> is settled, and
/// <see cref="AppliedAbove"/> lists the seqs applied beyond it (out of order arrivals).
/// </summary>
public sealed record GatewayStreamState(string Gateway, long Epoch, long Watermark, IReadOnlyList<long> AppliedAbove, long Gaps);

/// <summary>A gateway as the hub knows it, from its status messages and its batches.</summary>
public sealed record GatewayRecord
{
    public required string Id { get; init; }

    public bool Online { get; init; }

    public DateTimeOffset? LastSeen { get; init; }

    public DateTimeOffset? StatusChangedAt { get; init; }

    public string? SoftwareVersion { get; init; }

    public DateTimeOffset? Started { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public long? Epoch { get; init; }

    public long? LastSeq { get; init; }
}

/// <summary>An applied batch, kept whole (its raw payload) for history and re-runs.</summary>
public sealed record StoredBatch(
    string Gateway,
    long Epoch,
    long Seq,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? SentAt,
    int ItemCount,
    int AcceptedCount,
    ReadOnlyMemory<byte> Payload);

/// <summary>A rejected envelope or item, kept with its reason so nothing is lost silently.</summary>
public sealed record DeadLetter
{
    public required DateTimeOffset ReceivedAt { get; init; }

    public required string Topic { get; init; }

    /// <summary>envelope or item.</summary>
    public required string Scope { get; init; }

    public required string Code { get; init; }

    public required string Reason { get; init; }

    public string? Gateway { get; init; }

    public long? Epoch { get; init; }

    public long? Seq { get; init; }

    public int? ItemIndex { get; init; }

    /// <summary>The rejected payload (envelope) or item JSON.</summary>
    public required ReadOnlyMemory<byte> Payload { get; init; }
}

/// <summary>One transaction's worth of pipeline output.</summary>
public sealed record PipelineCommit
{
    public IReadOnlyList<StoredBatch> Batches { get; init; } = [];

    public IReadOnlyList<DeadLetter> DeadLetters { get; init; } = [];

    public IReadOnlyList<DomainEvent> Events { get; init; } = [];

    /// <summary>Assets whose state changed (full current state; upsert).</summary>
    public IReadOnlyList<AssetState> Assets { get; init; } = [];

    /// <summary>Asset ids no longer in the configuration (their rows are marked retired, history kept).</summary>
    public IReadOnlyList<string> RemovedAssets { get; init; } = [];

    public IReadOnlyList<UnknownTag> UnknownTags { get; init; } = [];

    public IReadOnlyList<string> RemovedUnknownTags { get; init; } = [];

    public IReadOnlyList<WorkOrder> WorkOrders { get; init; } = [];

    public IReadOnlyList<GatePassage> Passages { get; init; } = [];

    /// <summary>Dedupe state of the gateway epochs touched (upsert).</summary>
    public IReadOnlyList<GatewayStreamState> Streams { get; init; } = [];

    public IReadOnlyList<GatewayRecord> Gateways { get; init; } = [];

    /// <summary>A newly imported configuration to store as the next version.</summary>
    public StoredConfiguration? Configuration { get; init; }

    /// <summary>The engine's in-flight state after this commit, when it changed (replaces the stored one).</summary>
    public EngineCheckpoint? Checkpoint { get; init; }

    public bool IsEmpty =>
        Batches.Count == 0 && DeadLetters.Count == 0 && Events.Count == 0 && Assets.Count == 0 && RemovedAssets.Count == 0
        && UnknownTags.Count == 0 && RemovedUnknownTags.Count == 0 && WorkOrders.Count == 0 && Passages.Count == 0
        && Streams.Count == 0 && Gateways.Count == 0 && Configuration is null && Checkpoint is null;
}

using TrackHub.Domain;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Domain.Tests.Support;

/// <summary>Drives an engine the way the pipeline does: each observation with its batch reference, one decision set.</summary>
/// <param name="lastSeq">The seq of the last batch already applied (a feed that carries on after a restart).</param>
internal sealed class Feed(SiteModel model, string gateway = "north-gate", long lastSeq = 0)
{
    private long _seq = lastSeq;

    public TrackingEngine Engine { get; } = new(model);

    public DecisionSet Decisions { get; } = new();

    public long LastSeq => _seq;

    public ObservationRef Apply(Observation observation)
    {
        var source = new ObservationRef(gateway, 1764748800000, ++_seq, 0);
        Engine.Apply(observation, source, Decisions);
        return source;
    }

    public void ApplyAll(params Observation[] observations)
    {
        foreach (var observation in observations)
        {
            Apply(observation);
        }
    }

    public void Advance(DateTimeOffset now) => Engine.Advance(now, Decisions);

    public T[] Events<T>()
        where T : DomainEvent => [.. Decisions.Events.OfType<T>()];

    public AssetState Asset(string id) => Engine.FindAsset(id) ?? throw new InvalidOperationException($"asset '{id}' is not in the engine");
}

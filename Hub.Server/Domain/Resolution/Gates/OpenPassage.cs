using System.Globalization;
using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Configuration;
using TrackHub.Domain.Model;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Resolution.Gates;

/// <summary>A passage still collecting crossings: the gate group window after its last crossing has not passed yet.</summary>
internal sealed class OpenPassage(GateDefinition gate, PassageDirection direction, DateTimeOffset firstCrossedAt)
{
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly List<string> _people = [];
    private readonly List<string> _unknownTags = [];
    private readonly List<ObservationRef> _evidence = [];

    public GateDefinition Gate { get; } = gate;

    public PassageDirection Direction { get; } = direction;

    public DateTimeOffset FirstCrossedAt { get; private set; } = firstCrossedAt;

    public DateTimeOffset LastCrossedAt { get; private set; } = firstCrossedAt;

    public DateTimeOffset Started { get; private set; } = DateTimeOffset.MaxValue;

    public DateTimeOffset Ended { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>The assets in crossing order, each with its own crossing (for its events' time and evidence).</summary>
    public List<(string AssetId, Crossing Crossing)> Assets { get; } = [];

    public IReadOnlyList<string> People => _people;

    /// <summary>The earliest read of the passage in stream order, as <c>gateway.epoch.seq.index</c>.</summary>
    private string FirstEvidence =>
        _evidence.Count == 0
            ? "none"
            : _evidence.MinBy(e => (e.Epoch, e.Seq, e.Index)) is { } first
                ? string.Create(CultureInfo.InvariantCulture, $"{first.Gateway}.{first.Epoch}.{first.Seq}.{first.Index}")
                : "none";

    public bool Accepts(Crossing crossing, TimeSpan group) =>
        string.Equals(crossing.Gate.Id, Gate.Id, StringComparison.Ordinal) && crossing.Direction == Direction
        && crossing.CrossedAt >= FirstCrossedAt - group && crossing.CrossedAt <= LastCrossedAt + group;

    /// <param name="owner">Null for a tag nobody owns.</param>
    public void Add(Crossing crossing, TagOwner? owner, string tagKey)
    {
        FirstCrossedAt = crossing.CrossedAt < FirstCrossedAt ? crossing.CrossedAt : FirstCrossedAt;
        LastCrossedAt = crossing.CrossedAt > LastCrossedAt ? crossing.CrossedAt : LastCrossedAt;
        Started = crossing.Started < Started ? crossing.Started : Started;
        Ended = crossing.Ended > Ended ? crossing.Ended : Ended;
        _evidence.AddRange(crossing.Evidence);

        // A dual-tagged asset, or a tag read twice, is one member.
        if (!_members.Add(owner?.Id ?? tagKey))
        {
            return;
        }

        switch (owner?.Kind)
        {
            case TagOwnerKind.Asset:
                Assets.Add((owner.Id, crossing));
                break;
            case TagOwnerKind.Person:
                _people.Add(owner.Id);
                break;
            default:
                _unknownTags.Add(tagKey);
                break;
        }
    }

    public OpenPassageCheckpoint ToCheckpoint() => new()
    {
        Gate = Gate.Id,
        Direction = Direction,
        FirstCrossedAt = FirstCrossedAt,
        LastCrossedAt = LastCrossedAt,
        Started = Started,
        Ended = Ended,
        Assets = Assets.ConvertAll(a => new CrossingCheckpoint(a.AssetId, a.Crossing.Started, a.Crossing.Ended, a.Crossing.CrossedAt, a.Crossing.Evidence)),
        People = [.. _people],
        UnknownTags = [.. _unknownTags],
        Evidence = [.. _evidence],
    };

    /// <summary>A passage as a checkpoint kept it, through <paramref name="gate"/> (its definition in the current model).</summary>
    public static OpenPassage FromCheckpoint(OpenPassageCheckpoint saved, GateDefinition gate)
    {
        var passage = new OpenPassage(gate, saved.Direction, saved.FirstCrossedAt)
        {
            LastCrossedAt = saved.LastCrossedAt,
            Started = saved.Started,
            Ended = saved.Ended,
        };
        foreach (var a in saved.Assets)
        {
            passage.Assets.Add((a.AssetId, new Crossing(gate, saved.Direction, a.Started, a.Ended, a.CrossedAt, a.Evidence)));
            passage._members.Add(a.AssetId);
        }

        passage._people.AddRange(saved.People);
        passage._unknownTags.AddRange(saved.UnknownTags);
        passage._members.UnionWith(saved.People);
        passage._members.UnionWith(saved.UnknownTags);
        passage._evidence.AddRange(saved.Evidence);
        return passage;
    }

    public GatePassage ToPassage() => new()
    {
        // Deterministic: replaying the same reads gives the same passage id.
        // Time and gate for people reading it; the first read's position in the stream makes it unique, even when a
        // capture is replayed again under a new gateway epoch or two passages start in the same millisecond.
        Id = string.Create(
            CultureInfo.InvariantCulture,
            $"{Gate.Id}-{Started.UtcDateTime:yyyyMMdd'T'HHmmss.fff'Z'}-{(Direction == PassageDirection.In ? "in" : "out")}-{FirstEvidence}"),
        GateId = Gate.Id,
        Site = Gate.Site,
        Direction = Direction,
        Started = Started,
        Ended = Ended,
        Assets = Assets.ConvertAll(a => a.AssetId),
        People = [.. _people],
        UnknownTags = [.. _unknownTags],
        Evidence = [.. _evidence],
    };
}

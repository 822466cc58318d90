using TrackHub.Domain.Configuration;
using TrackHub.Domain.Maintenance;
using TrackHub.Domain.Resolution.Gates;
using TrackHub.Domain.Resolution.Geofences;
using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain;

/// <summary>
/// A configuration document checked and compiled for fast lookups (tag → asset, reader antenna → gate side,
/// receiver → zone, geofence geometry). Built only through <see cref="Compile"/>. Immutable once built.
/// </summary>
public sealed class SiteModel
{
    private readonly DocumentIndex _index;
    private readonly TagDirectory _tags;
    private readonly Dictionary<(string Reader, int Antenna), GateSide> _gateSides;
    private readonly Dictionary<string, TimeZoneInfo> _timeZones;
    private readonly Dictionary<string, MaintenancePlanDefinition[]> _plans;

    private SiteModel(SiteDocument document, DocumentIndex index, TagDirectory tags, Dictionary<(string, int), GateSide> gateSides, Dictionary<string, TimeZoneInfo> timeZones, Dictionary<string, MaintenancePlanDefinition[]> plans, List<Geofence> geofences)
    {
        Document = document;
        _index = index;
        _tags = tags;
        _gateSides = gateSides;
        _timeZones = timeZones;
        _plans = plans;
        Geofences = geofences;
        Assets = [.. index.Assets.Values];
        SiteBoundaries = geofences.Where(g => g.Site is not null).ToArray();
    }

    public SiteDocument Document { get; }

    public RulesDefinition Rules => Document.Rules;

    /// <summary>The assets in document order.</summary>
    public IReadOnlyList<AssetDefinition> Assets { get; }

    public IReadOnlyList<Geofence> Geofences { get; }

    /// <summary>The geofences that are a site's boundary.</summary>
    public IReadOnlyList<Geofence> SiteBoundaries { get; }

    /// <summary>Checks the document as a whole; on failure returns every problem, each naming the item.</summary>
    public static SiteModelResult Compile(SiteDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<string>();
        if (document.Version != 1)
        {
            errors.Add($"version {document.Version} is not supported (this hub reads version 1)");
        }

        var index = DocumentIndex.Build(document, errors);
        var timeZones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        var references = new ReferenceChecks(index, errors);
        references.CheckSites(timeZones);
        references.CheckPlaces();
        references.CheckAssets();
        var geofences = GeofenceChecks.Compile(index, errors);
        var gateSides = GateAntennas.Build(index, errors);
        var tags = TagDirectory.Build(index, errors);
        var plans = PlanDirectory.Build(index, errors);
        RuleChecks.Check(document.Rules, errors);

        return errors.Count > 0
            ? new SiteModelResult(null, errors)
            : new SiteModelResult(new SiteModel(document, index, tags, gateSides, timeZones, plans, geofences), []);
    }

    /// <summary>The asset or person that carries <paramref name="tagKey"/>, or null for an unknown tag.</summary>
    public TagOwner? FindTagOwner(string tagKey) => _tags.ByKey.GetValueOrDefault(tagKey);

    public SiteDefinition? FindSite(string id) => _index.Sites.GetValueOrDefault(id);

    /// <summary>The site's time zone, for showing UTC times as local.</summary>
    public TimeZoneInfo? TimeZoneOf(string siteId) => _timeZones.GetValueOrDefault(siteId);

    public ZoneDefinition? FindZone(string id) => _index.Zones.GetValueOrDefault(id);

    public GateDefinition? FindGate(string id) => _index.Gates.GetValueOrDefault(id);

    public ReaderDefinition? FindReader(string id) => _index.Readers.GetValueOrDefault(id);

    public ReceiverDefinition? FindReceiver(string id) => _index.Receivers.GetValueOrDefault(id);

    public GatewayDefinition? FindGateway(string id) => _index.Gateways.GetValueOrDefault(id);

    public PersonDefinition? FindPerson(string id) => _index.People.GetValueOrDefault(id);

    public AssetDefinition? FindAssetDefinition(string id) => _index.Assets.GetValueOrDefault(id);

    /// <summary>The maintenance plans that apply to an asset (by id or by its category).</summary>
    public IReadOnlyList<MaintenancePlanDefinition> PlansFor(string assetId) => _plans.GetValueOrDefault(assetId) ?? [];

    /// <summary>The site whose boundary geofence contains the point, or null when it is off every site.</summary>
    public string? SiteAt(double lat, double lon)
    {
        foreach (var fence in SiteBoundaries)
        {
            if (fence.Contains(lat, lon))
            {
                return fence.Site;
            }
        }

        return null;
    }

    internal TagOwner? Resolve(Observation observation) => _tags.Resolve(observation);

    internal GateSide? GateSideOf(string reader, int antenna) => _gateSides.GetValueOrDefault((reader, antenna));
}

public sealed record SiteModelResult(SiteModel? Model, IReadOnlyList<string> Errors)
{
    public bool IsValid => Model is not null && Errors.Count == 0;
}

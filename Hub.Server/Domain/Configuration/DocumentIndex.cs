using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Configuration;

/// <summary>
/// Every item of a document by id, one dictionary per kind. Building it reports missing and duplicate ids; the other
/// checks then look references up here.
/// </summary>
internal sealed class DocumentIndex
{
    private DocumentIndex(SiteDocument document, List<string> errors)
    {
        Sites = Index(document.Sites, "site", s => s.Id, s => s.Name, errors);
        Zones = Index(document.Zones, "zone", z => z.Id, z => z.Name, errors);
        Geofences = Index(document.Geofences, "geofence", g => g.Id, g => g.Name, errors);
        Gateways = Index(document.Gateways, "gateway", g => g.Id, name: null, errors);
        Readers = Index(document.Readers, "reader", r => r.Id, name: null, errors);
        Gates = Index(document.Gates, "gate", g => g.Id, g => g.Name, errors);
        Receivers = Index(document.Receivers, "receiver", r => r.Id, name: null, errors);
        People = Index(document.People, "person", p => p.Id, p => p.Name, errors);
        Assets = Index(document.Assets, "asset", a => a.Id, a => a.Name, errors);
        Plans = Index(document.MaintenancePlans, "maintenance plan", p => p.Id, p => p.Name, errors);
    }

    public Dictionary<string, SiteDefinition> Sites { get; }

    public Dictionary<string, ZoneDefinition> Zones { get; }

    public Dictionary<string, GeofenceDefinition> Geofences { get; }

    public Dictionary<string, GatewayDefinition> Gateways { get; }

    public Dictionary<string, ReaderDefinition> Readers { get; }

    public Dictionary<string, GateDefinition> Gates { get; }

    public Dictionary<string, ReceiverDefinition> Receivers { get; }

    public Dictionary<string, PersonDefinition> People { get; }

    public Dictionary<string, AssetDefinition> Assets { get; }

    public Dictionary<string, MaintenancePlanDefinition> Plans { get; }

    public static DocumentIndex Build(SiteDocument document, List<string> errors) => new(document, errors);

    private static Dictionary<string, T> Index<T>(IReadOnlyList<T>? items, string kind, Func<T, string?> id, Func<T, string?>? name, List<string> errors)
        where T : class
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        if (items is null)
        {
            return index;
        }

        for (var i = 0; i < items.Count; i++)
        {
            // JSON can put nulls where the record says there are none.
            if (items[i] is not { } item)
            {
                errors.Add($"{kind} #{i + 1} is empty");
                continue;
            }

            var key = id(item);
            if (string.IsNullOrWhiteSpace(key))
            {
                errors.Add($"{kind} #{i + 1} has no id");
            }
            else if (key.Trim().Length != key.Length)
            {
                errors.Add($"{kind} '{key}': the id has leading or trailing spaces");
            }
            else if (!index.TryAdd(key, item))
            {
                errors.Add($"{kind} '{key}' is defined more than once");
            }
            else if (name is not null && string.IsNullOrWhiteSpace(name(item)))
            {
                errors.Add($"{kind} '{key}': no name");
            }
        }

        return index;
    }
}

using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.Configuration;

/// <summary>
/// Tag key → owner. Besides the full key it indexes EPCs and device ids without their prefix, so resolving an RFID or
/// device observation needs no string concatenation on the hot path.
/// </summary>
internal sealed class TagDirectory
{
    private TagDirectory()
    {
    }

    public Dictionary<string, TagOwner> ByKey { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TagOwner> ByEpc { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TagOwner> ByDevice { get; } = new(StringComparer.Ordinal);

    public static TagDirectory Build(DocumentIndex index, List<string> errors)
    {
        var directory = new TagDirectory();
        foreach (var (id, person) in index.People)
        {
            directory.AddAll(new TagOwner(TagOwnerKind.Person, id, person.Name), person.Tags, errors);
        }

        foreach (var (id, asset) in index.Assets)
        {
            directory.AddAll(new TagOwner(TagOwnerKind.Asset, id, asset.Name), asset.Tags, errors);
        }

        return directory;
    }

    public TagOwner? Resolve(Observation observation) => observation switch
    {
        RfidObservation rfid => ByEpc.GetValueOrDefault(rfid.Epc),
        BleObservation ble => ByKey.GetValueOrDefault(ble.BeaconId),
        GpsObservation gps => ByDevice.GetValueOrDefault(gps.Device),
        EngineObservation engine => ByDevice.GetValueOrDefault(engine.Device),
        IoObservation io => ByDevice.GetValueOrDefault(io.Device),
        _ => ByKey.GetValueOrDefault(observation.TagKey),
    };

    private void AddAll(TagOwner owner, IReadOnlyList<string>? tags, List<string> errors)
    {
        foreach (var key in tags ?? [])
        {
            if (TagKeyFormat.Problem(key) is { } problem)
            {
                errors.Add($"{owner}: {problem}");
            }
            else if (ByKey.TryGetValue(key, out var other))
            {
                errors.Add(other == owner
                    ? $"{owner}: tag '{key}' is listed twice"
                    : $"tag '{key}' is used by both {other} and {owner}");
            }
            else
            {
                ByKey.Add(key, owner);
                if (key.StartsWith(TagKeys.EpcPrefix, StringComparison.Ordinal))
                {
                    ByEpc.Add(key[TagKeys.EpcPrefix.Length..], owner);
                }
                else if (key.StartsWith(TagKeys.DevicePrefix, StringComparison.Ordinal))
                {
                    ByDevice.Add(key[TagKeys.DevicePrefix.Length..], owner);
                }
            }
        }
    }
}

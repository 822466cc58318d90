using TrackHub.Domain.RunHours;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Configuration;

/// <summary>
/// Checks that everything an item refers to exists (and sits at the same site), and that places are well formed.
/// Each message names the item first: <c>gate 'main-gate': reader 'gate-rdr' is not defined</c>.
/// </summary>
internal sealed class ReferenceChecks(DocumentIndex index, List<string> errors)
{
    public void CheckSites(Dictionary<string, TimeZoneInfo> timeZones)
    {
        foreach (var (id, site) in index.Sites)
        {
            var item = $"site '{id}'";
            if (string.IsNullOrWhiteSpace(site.TimeZone))
            {
                errors.Add($"{item}: no time zone");
            }
            else if (FindTimeZone(site.TimeZone) is { } zone)
            {
                timeZones[id] = zone;
            }
            else
            {
                errors.Add($"{item}: time zone '{site.TimeZone}' is not known (use an IANA id such as 'Europe/London')");
            }

            if (site.Plan is { } plan && !(plan.Width > 0 && plan.Height > 0 && double.IsFinite(plan.Width) && double.IsFinite(plan.Height)))
            {
                errors.Add($"{item}: plan size {plan.Width} x {plan.Height} m must be positive");
            }
        }
    }

    public void CheckPlaces()
    {
        foreach (var (id, zone) in index.Zones)
        {
            RequireSite($"zone '{id}'", zone.Site);
            if (zone.Area is { Count: > 0 } area && PlanPolygon.Problem(area) is { } problem)
            {
                errors.Add($"zone '{id}': area {problem}");
            }
        }

        foreach (var (id, gateway) in index.Gateways)
        {
            RequireSite($"gateway '{id}'", gateway.Site);
        }

        foreach (var (id, reader) in index.Readers)
        {
            var item = $"reader '{id}'";
            RequireSite(item, reader.Site);
            RequireZone(item, "zone", reader.Zone, reader.Site);
            RequireGateway(item, reader.Gateway);
        }

        foreach (var (id, receiver) in index.Receivers)
        {
            var item = $"receiver '{id}'";
            RequireSite(item, receiver.Site);
            if (string.IsNullOrWhiteSpace(receiver.Zone))
            {
                errors.Add($"{item}: no zone (a receiver places beacons in its zone)");
            }

            RequireZone(item, "zone", receiver.Zone, receiver.Site);
            RequireGateway(item, receiver.Gateway);
        }

        foreach (var (id, gate) in index.Gates)
        {
            var item = $"gate '{id}'";
            RequireSite(item, gate.Site);
            if (string.IsNullOrWhiteSpace(gate.Reader) || !index.Readers.TryGetValue(gate.Reader, out var reader))
            {
                errors.Add($"{item}: reader '{gate.Reader}' is not defined");
            }
            else if (!string.Equals(reader.Site, gate.Site, StringComparison.Ordinal))
            {
                errors.Add($"{item}: reader '{gate.Reader}' is at site '{reader.Site}', not '{gate.Site}'");
            }

            if (string.IsNullOrWhiteSpace(gate.InsideZone))
            {
                errors.Add($"{item}: no inside zone");
            }

            RequireZone(item, "inside zone", gate.InsideZone, gate.Site);
            RequireZone(item, "outside zone", gate.OutsideZone, gate.Site);
            if (gate.OutsideZone is not null && string.Equals(gate.InsideZone, gate.OutsideZone, StringComparison.Ordinal))
            {
                errors.Add($"{item}: inside and outside zone are both '{gate.InsideZone}'");
            }
        }
    }

    public void CheckAssets()
    {
        foreach (var (id, asset) in index.Assets)
        {
            var item = $"asset '{id}'";
            if (asset.Site is not null)
            {
                RequireSite(item, asset.Site);
            }

            if (string.IsNullOrWhiteSpace(asset.Category) || string.IsNullOrWhiteSpace(asset.Kind))
            {
                errors.Add($"{item}: category and kind must not be empty");
            }

            if (asset.RunHours is not (null or RunHoursSources.Engine or RunHoursSources.Ignition))
            {
                errors.Add($"{item}: runHours '{asset.RunHours}' is not engine or ignition");
            }
        }
    }

    private void RequireSite(string item, string? site)
    {
        if (string.IsNullOrWhiteSpace(site) || !index.Sites.ContainsKey(site))
        {
            errors.Add($"{item}: site '{site}' is not defined");
        }
    }

    private void RequireZone(string item, string role, string? zoneId, string? site)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return;
        }

        if (!index.Zones.TryGetValue(zoneId, out var zone))
        {
            errors.Add($"{item}: {role} '{zoneId}' is not defined");
        }
        else if (!string.Equals(zone.Site, site, StringComparison.Ordinal))
        {
            errors.Add($"{item}: {role} '{zoneId}' is at site '{zone.Site}', not '{site}'");
        }
    }

    private void RequireGateway(string item, string? gateway)
    {
        if (gateway is not null && !index.Gateways.ContainsKey(gateway))
        {
            errors.Add($"{item}: gateway '{gateway}' is not defined");
        }
    }

    private static TimeZoneInfo? FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}

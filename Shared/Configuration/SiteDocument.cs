using System.Text.Json.Serialization;

namespace TrackHub.Shared.Configuration;

/// <summary>
/// The site and asset configuration document (JSON Schema: <c>docs/schemas/site-config.schema.json</c>).
/// Everything is listed flat and refers to other items by id, so one document can be checked as a whole
/// and imported in one step. <c>deploy/demo/site.json</c> is the worked example.
/// </summary>
/// <remarks>
/// Optional members with a default are <c>set</c>, not <c>init</c>: the JSON source generator writes every init-only
/// member when it builds the object, so a member the document leaves out would come out null instead of its default.
/// </remarks>
public sealed record SiteDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public int Version { get; set; } = 1;

    public IReadOnlyList<SiteDefinition> Sites { get; set; } = [];

    public IReadOnlyList<ZoneDefinition> Zones { get; set; } = [];

    public IReadOnlyList<GeofenceDefinition> Geofences { get; set; } = [];

    public IReadOnlyList<GatewayDefinition> Gateways { get; set; } = [];

    public IReadOnlyList<ReaderDefinition> Readers { get; set; } = [];

    public IReadOnlyList<GateDefinition> Gates { get; set; } = [];

    public IReadOnlyList<ReceiverDefinition> Receivers { get; set; } = [];

    public IReadOnlyList<PersonDefinition> People { get; set; } = [];

    public IReadOnlyList<AssetDefinition> Assets { get; set; } = [];

    public IReadOnlyList<MaintenancePlanDefinition> MaintenancePlans { get; set; } = [];

    /// <summary>Thresholds of the resolution rules; every value has a default.</summary>
    public RulesDefinition Rules { get; set; } = new();
}

/// <summary>A depot, building or job site. Times are stored in UTC and shown in <see cref="TimeZone"/> (IANA id).</summary>
public sealed record SiteDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string TimeZone { get; init; }

    /// <summary>The site plan: a coordinate frame in metres (x to the right, y down) and an optional image.</summary>
    public PlanDefinition? Plan { get; init; }
}

public sealed record PlanDefinition
{
    public required double Width { get; init; }

    public required double Height { get; init; }

    /// <summary>URL or path of a plan image drawn under the zones; optional.</summary>
    public string? Image { get; init; }
}

/// <summary>An area of a site: yard, bay, room, gate lane. <see cref="Area"/> is a polygon in plan coordinates.</summary>
public sealed record ZoneDefinition
{
    public required string Id { get; init; }

    public required string Site { get; init; }

    public required string Name { get; init; }

    /// <summary>yard, bay, room, gate, parking, outside, …</summary>
    public string Kind { get; set; } = "area";

    /// <summary>Polygon vertices <c>[x, y]</c> on the site plan, metres.</summary>
    public IReadOnlyList<double[]> Area { get; set; } = [];
}

/// <summary>
/// A geographic fence: a polygon (<c>[lon, lat]</c> pairs, GeoJSON order) or a circle. With <see cref="Site"/> set it
/// is that site's boundary: a vehicle inside it is at the site.
/// </summary>
public sealed record GeofenceDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Site { get; init; }

    public IReadOnlyList<double[]>? Polygon { get; init; }

    public CircleDefinition? Circle { get; init; }
}

public sealed record CircleDefinition
{
    public required double Lat { get; init; }

    public required double Lon { get; init; }

    /// <summary>Radius in metres.</summary>
    public required double Radius { get; init; }
}

public sealed record GatewayDefinition
{
    public required string Id { get; init; }

    public required string Site { get; init; }

    public string? Name { get; init; }
}

/// <summary>An RFID reader (its antennas are assigned to gates).</summary>
public sealed record ReaderDefinition
{
    public required string Id { get; init; }

    public required string Site { get; init; }

    public string? Zone { get; init; }

    public string? Gateway { get; init; }
}

/// <summary>A zone boundary watched by an RFID portal: which antennas look outside and which inside.</summary>
public sealed record GateDefinition
{
    public required string Id { get; init; }

    public required string Site { get; init; }

    public required string Name { get; init; }

    public required string Reader { get; init; }

    public required IReadOnlyList<int> OutsideAntennas { get; init; }

    public required IReadOnlyList<int> InsideAntennas { get; init; }

    /// <summary>The zone an asset is in after passing inwards.</summary>
    public required string InsideZone { get; init; }

    /// <summary>The zone an asset is in after passing outwards; null means it has left the site.</summary>
    public string? OutsideZone { get; init; }

    /// <summary>Where the gate is drawn on the plan, <c>[x, y]</c>.</summary>
    public double[]? Position { get; init; }
}

/// <summary>A BLE scanner placed in a zone.</summary>
public sealed record ReceiverDefinition
{
    public required string Id { get; init; }

    public required string Site { get; init; }

    public required string Zone { get; init; }

    public string? Gateway { get; init; }

    /// <summary>Where the receiver hangs on the plan, <c>[x, y]</c>.</summary>
    public double[]? Position { get; init; }
}

/// <summary>A person who can hold assets; a badge is a tag like any other.</summary>
public sealed record PersonDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Team { get; init; }

    public IReadOnlyList<string> Tags { get; set; } = [];
}

/// <summary>A tracked item: tool, machine, kit, PPE set, spare-part lot or vehicle (a vehicle can carry assets).</summary>
public sealed record AssetDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Category { get; set; } = "general";

    /// <summary>tool, machine, vehicle, kit, ppe, part.</summary>
    public string Kind { get; set; } = "tool";

    /// <summary>Home site: where the asset belongs when nothing else is known.</summary>
    public string? Site { get; init; }

    /// <summary>Tag keys: <c>epc:{hex}</c>, BLE ids, <c>dev:{id}</c>.</summary>
    public IReadOnlyList<string> Tags { get; set; } = [];

    /// <summary>How run hours are counted: <c>engine</c> (hour counter), <c>ignition</c>, or null (the first that reports).</summary>
    public string? RunHours { get; init; }
}

/// <summary>A maintenance plan: every N run hours (more triggers arrive with the maintenance issue).</summary>
public sealed record MaintenancePlanDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The assets it applies to; with <see cref="Category"/>, also every asset of that category.</summary>
    public IReadOnlyList<string> Assets { get; set; } = [];

    public string? Category { get; init; }

    public double? EveryHours { get; init; }

    /// <summary>How many run hours before due the plan shows as due soon.</summary>
    public double DueSoonHours { get; set; } = 10;
}

/// <summary>Thresholds of the resolution rules.</summary>
public sealed record RulesDefinition
{
    /// <summary>Longest time between a tag's outside and inside reads that still makes one passage.</summary>
    public double GateWindowSeconds { get; set; } = 10;

    /// <summary>Tags passing the same gate in the same direction within this time form one passage.</summary>
    public double GateGroupSeconds { get; set; } = 3;

    /// <summary>How much stronger (dB) another receiver must be before a beacon moves zone.</summary>
    public double BleMarginDb { get; set; } = 6;

    /// <summary>Sightings older than this no longer count for the strongest receiver.</summary>
    public double BleWindowSeconds { get; set; } = 15;

    /// <summary>No run hours are counted across a reporting gap longer than this.</summary>
    public double IgnitionGapMinutes { get; set; } = 10;
}

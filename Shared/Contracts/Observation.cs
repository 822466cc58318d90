using System.Text.Json.Serialization;

namespace TrackHub.Shared.Contracts;

/// <summary>
/// One item of an <c>obs</c> batch. <see cref="Timestamp"/> is event time: when the device saw it.
/// The JSON discriminator is <c>t</c>; unknown <c>t</c> values are tolerated by <see cref="WireReader"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "t")]
[JsonDerivedType(typeof(RfidObservation), ObservationTypes.Rfid)]
[JsonDerivedType(typeof(BleObservation), ObservationTypes.Ble)]
[JsonDerivedType(typeof(GpsObservation), ObservationTypes.Gps)]
[JsonDerivedType(typeof(EngineObservation), ObservationTypes.Engine)]
[JsonDerivedType(typeof(IoObservation), ObservationTypes.Io)]
public abstract record Observation
{
    [JsonPropertyName("ts")]
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Fields this build does not know; tolerated, counted by the hub, and carried along.</summary>
    [JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? UnknownFields { get; set; }

    /// <summary>The tag key this observation is about (<see cref="TagKeys"/>): what the hub resolves to an asset.</summary>
    [JsonIgnore]
    public abstract string TagKey { get; }

    /// <summary>The <c>t</c> value on the wire.</summary>
    [JsonIgnore]
    public abstract string Type { get; }
}

public static class ObservationTypes
{
    public const string Rfid = "rfid";
    public const string Ble = "ble";
    public const string Gps = "gps";
    public const string Engine = "engine";
    public const string Io = "io";
}

/// <summary>A UHF RFID tag read on one antenna, possibly aggregated over a short window.</summary>
public sealed record RfidObservation : Observation
{
    [JsonPropertyName("reader")]
    public required string Reader { get; init; }

    [JsonPropertyName("ant")]
    public required int Antenna { get; init; }

    /// <summary>The EPC bank's EPC in lower-case hex, PC bits excluded.</summary>
    [JsonPropertyName("epc")]
    public required string Epc { get; init; }

    /// <summary>EPC length in bits, only when it is not a whole number of bytes.</summary>
    [JsonPropertyName("bits")]
    public int? Bits { get; init; }

    /// <summary>Strongest RSSI in dBm over the aggregation window.</summary>
    [JsonPropertyName("rssi")]
    public double? Rssi { get; init; }

    /// <summary>Read count in the window (1 without aggregation).</summary>
    [JsonPropertyName("n")]
    public int? Count { get; init; }

    [JsonPropertyName("last")]
    public DateTimeOffset? LastSeen { get; init; }

    [JsonPropertyName("peak")]
    public DateTimeOffset? PeakAt { get; init; }

    [JsonIgnore]
    public override string TagKey => TagKeys.ForEpc(Epc);

    [JsonIgnore]
    public override string Type => ObservationTypes.Rfid;
}

/// <summary>A BLE advertisement seen by a receiver.</summary>
public sealed record BleObservation : Observation
{
    /// <summary>Receiver (scanner) id.</summary>
    [JsonPropertyName("rx")]
    public required string Receiver { get; init; }

    /// <summary>Beacon identity, e.g. <c>ibeacon:{uuid}:{major}:{minor}</c>; never a rotating MAC.</summary>
    [JsonPropertyName("id")]
    public required string BeaconId { get; init; }

    [JsonPropertyName("rssi")]
    public required double Rssi { get; init; }

    /// <summary>Calibrated transmit power at 1 m, dBm.</summary>
    [JsonPropertyName("tx")]
    public double? TxPower { get; init; }

    /// <summary>Battery, millivolts.</summary>
    [JsonPropertyName("batt")]
    public int? BatteryMillivolts { get; init; }

    [JsonPropertyName("temp")]
    public double? Temperature { get; init; }

    /// <summary>Acceleration [x, y, z] in g.</summary>
    [JsonPropertyName("accel")]
    public double[]? Acceleration { get; init; }

    [JsonPropertyName("moves")]
    public int? Movements { get; init; }

    [JsonIgnore]
    public override string TagKey => BeaconId;

    [JsonIgnore]
    public override string Type => ObservationTypes.Ble;
}

/// <summary>A GNSS fix of a device (vehicle tracker, handheld).</summary>
public sealed record GpsObservation : Observation
{
    [JsonPropertyName("dev")]
    public required string Device { get; init; }

    [JsonPropertyName("lat")]
    public required double Latitude { get; init; }

    [JsonPropertyName("lon")]
    public required double Longitude { get; init; }

    /// <summary>Altitude above mean sea level, metres.</summary>
    [JsonPropertyName("alt")]
    public double? Altitude { get; init; }

    /// <summary>Speed over ground, m/s.</summary>
    [JsonPropertyName("spd")]
    public double? Speed { get; init; }

    /// <summary>Course over ground, degrees true.</summary>
    [JsonPropertyName("hdg")]
    public double? Heading { get; init; }

    [JsonPropertyName("hdop")]
    public double? Hdop { get; init; }

    /// <summary>Horizontal accuracy in metres, only when the device reports one.</summary>
    [JsonPropertyName("acc")]
    public double? Accuracy { get; init; }

    /// <summary>The device's own odometer, metres.</summary>
    [JsonPropertyName("odo")]
    public double? Odometer { get; init; }

    [JsonIgnore]
    public override string TagKey => TagKeys.ForDevice(Device);

    [JsonIgnore]
    public override string Type => ObservationTypes.Gps;
}

/// <summary>An engine-hours counter reading.</summary>
public sealed record EngineObservation : Observation
{
    [JsonPropertyName("dev")]
    public required string Device { get; init; }

    [JsonPropertyName("hours")]
    public required double Hours { get; init; }

    /// <summary>The value at which the device's counter wraps, when known.</summary>
    [JsonPropertyName("wrapAt")]
    public double? WrapAt { get; init; }

    [JsonIgnore]
    public override string TagKey => TagKeys.ForDevice(Device);

    [JsonIgnore]
    public override string Type => ObservationTypes.Engine;
}

/// <summary>Ignition and digital inputs of a device.</summary>
public sealed record IoObservation : Observation
{
    [JsonPropertyName("dev")]
    public required string Device { get; init; }

    [JsonPropertyName("ign")]
    public bool? Ignition { get; init; }

    [JsonIgnore]
    public override string TagKey => TagKeys.ForDevice(Device);

    [JsonIgnore]
    public override string Type => ObservationTypes.Io;
}

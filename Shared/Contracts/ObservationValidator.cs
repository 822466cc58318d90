namespace TrackHub.Shared.Contracts;

/// <summary>
/// Checks one observation against the contract and normalises what is safe to normalise (hex and ids to lower case).
/// Returns null when the observation is valid, otherwise a reason that names the field.
/// </summary>
public static class ObservationValidator
{
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string? Validate(ref Observation observation)
    {
        if (observation.Timestamp < Earliest || observation.Timestamp >= Latest)
        {
            return $"'ts' {UtcTimestampConverter.Format(observation.Timestamp)} is outside 2000-2099";
        }

        switch (observation)
        {
            case RfidObservation rfid:
                return ValidateRfid(ref observation, rfid);
            case BleObservation ble:
                return ValidateBle(ref observation, ble);
            case GpsObservation gps:
                return ValidateGps(gps);
            case EngineObservation engine:
                return ValidateDevice(engine.Device) ?? ValidateEngine(engine);
            case IoObservation io:
                return ValidateDevice(io.Device) ?? (io.Ignition is null ? "io item carries no input ('ign')" : null);
            default:
                return $"unsupported observation type {observation.GetType().Name}";
        }
    }

    private static string? ValidateRfid(ref Observation observation, RfidObservation rfid)
    {
        if (string.IsNullOrWhiteSpace(rfid.Reader))
        {
            return "'reader' is empty";
        }

        if (rfid.Antenna < 0 || rfid.Antenna > 65535)
        {
            return $"'ant' {rfid.Antenna} is out of range 0..65535";
        }

        var epc = rfid.Epc;
        if (epc.Length == 0 || !IsHex(epc))
        {
            return $"'epc' '{Cut(epc)}' is not hexadecimal";
        }

        if (rfid.Bits is { } bits)
        {
            if (bits <= 0 || bits > epc.Length * 4 || bits <= (epc.Length - 1) * 4)
            {
                return $"'bits' {bits} does not fit an EPC of {epc.Length} hex digits";
            }
        }
        else if (epc.Length % 2 != 0)
        {
            return "'epc' has an odd number of hex digits and no 'bits'";
        }

        if (rfid.Rssi is { } rssi && (double.IsNaN(rssi) || rssi < -128 || rssi > 20))
        {
            return $"'rssi' {rssi} dBm is out of range -128..20";
        }

        if (rfid.Count is < 1)
        {
            return $"'n' {rfid.Count} must be at least 1";
        }

        if (rfid.LastSeen is { } last && last < rfid.Timestamp)
        {
            return "'last' is before 'ts'";
        }

        if (rfid.PeakAt is { } peak && (peak < rfid.Timestamp || (rfid.LastSeen is { } l && peak > l)))
        {
            return "'peak' is outside 'ts'..'last'";
        }

        if (HasUpper(epc))
        {
            observation = rfid with { Epc = epc.ToLowerInvariant() };
        }

        return null;
    }

    private static string? ValidateBle(ref Observation observation, BleObservation ble)
    {
        if (string.IsNullOrWhiteSpace(ble.Receiver))
        {
            return "'rx' is empty";
        }

        var id = ble.BeaconId.ToLowerInvariant();
        if (!TagKeys.IsBleId(id))
        {
            return $"'id' '{Cut(ble.BeaconId)}' is not a beacon id (ibeacon:, eddystone:, altbeacon:, ruuvi:, mac: or eid:)";
        }

        if (double.IsNaN(ble.Rssi) || ble.Rssi < -128 || ble.Rssi > 20)
        {
            return $"'rssi' {ble.Rssi} dBm is out of range -128..20";
        }

        if (ble.Acceleration is { Length: not 3 })
        {
            return "'accel' must be [x, y, z]";
        }

        if (!string.Equals(id, ble.BeaconId, StringComparison.Ordinal))
        {
            observation = ble with { BeaconId = id };
        }

        return null;
    }

    private static string? ValidateGps(GpsObservation gps)
    {
        if (ValidateDevice(gps.Device) is { } device)
        {
            return device;
        }

        if (!double.IsFinite(gps.Latitude) || gps.Latitude < -90 || gps.Latitude > 90)
        {
            return $"'lat' {gps.Latitude} is out of range -90..90";
        }

        if (!double.IsFinite(gps.Longitude) || gps.Longitude < -180 || gps.Longitude > 180)
        {
            return $"'lon' {gps.Longitude} is out of range -180..180";
        }

        if (gps.Speed is { } spd && (!double.IsFinite(spd) || spd < 0))
        {
            return $"'spd' {spd} must be a non-negative speed in m/s";
        }

        if (gps.Heading is { } hdg && (!double.IsFinite(hdg) || hdg < 0 || hdg > 360))
        {
            return $"'hdg' {hdg} is out of range 0..360";
        }

        if (gps.Hdop is { } hdop && (!double.IsFinite(hdop) || hdop < 0))
        {
            return $"'hdop' {hdop} must be non-negative";
        }

        if (gps.Accuracy is { } acc && (!double.IsFinite(acc) || acc < 0))
        {
            return $"'acc' {acc} must be non-negative metres";
        }

        return null;
    }

    private static string? ValidateEngine(EngineObservation engine)
    {
        if (!double.IsFinite(engine.Hours) || engine.Hours < 0)
        {
            return $"'hours' {engine.Hours} must be a non-negative number";
        }

        if (engine.WrapAt is { } wrap && (!double.IsFinite(wrap) || wrap <= 0))
        {
            return $"'wrapAt' {wrap} must be positive";
        }

        return null;
    }

    private static string? ValidateDevice(string device) =>
        string.IsNullOrWhiteSpace(device) ? "'dev' is empty" : null;

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

namespace TrackHub.Shared.Contracts;

/// <summary>
/// One string names every tag an asset or person can carry: <c>epc:{hex}</c> for RFID, the BLE id as it travels
/// (<c>ibeacon:…</c>, <c>eddystone:…</c>, <c>altbeacon:…</c>, <c>ruuvi:…</c>, <c>mac:…</c>, <c>eid:…</c>) and
/// <c>dev:{id}</c> for GPS trackers, engine-hour counters and I/O modules.
/// </summary>
public static class TagKeys
{
    public const string EpcPrefix = "epc:";
    public const string DevicePrefix = "dev:";

    private static readonly string[] BlePrefixes = ["ibeacon:", "eddystone:", "altbeacon:", "ruuvi:", "mac:", "eid:"];

    public static string ForEpc(string epcHex) => EpcPrefix + epcHex;

    public static string ForDevice(string deviceId) => DevicePrefix + deviceId;

    /// <summary>The kind of tag a key names: <c>rfid</c>, <c>ble</c>, <c>device</c>, or null when the key is malformed.</summary>
    public static string? KindOf(string key)
    {
        if (key.StartsWith(EpcPrefix, StringComparison.Ordinal) && key.Length > EpcPrefix.Length)
        {
            return "rfid";
        }

        if (key.StartsWith(DevicePrefix, StringComparison.Ordinal) && key.Length > DevicePrefix.Length)
        {
            return "device";
        }

        foreach (var prefix in BlePrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                return "ble";
            }
        }

        return null;
    }

    public static bool IsBleId(string id) => KindOf(id) == "ble";
}

using System.Globalization;

namespace TrackHub.LoadGen.Traffic;

/// <summary>Relative shares of RFID reads, BLE sightings and GPS fixes, e.g. <c>rfid=60,ble=30,gps=10</c>.</summary>
public sealed record TrafficMix(int Rfid, int Ble, int Gps)
{
    public static TrafficMix Default { get; } = new(60, 30, 10);

    public int Total => Rfid + Ble + Gps;

    public static bool TryParse(string text, out TrafficMix mix, out string? problem)
    {
        mix = Default;
        problem = null;
        int rfid = 0, ble = 0, gps = 0;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var share))
            {
                problem = $"'{part}' is not KIND=SHARE (e.g. rfid=60)";
                return false;
            }

            switch (pair[0])
            {
                case "rfid": rfid = share; break;
                case "ble": ble = share; break;
                case "gps": gps = share; break;
                default:
                    problem = $"'{pair[0]}' is not one of rfid, ble, gps";
                    return false;
            }
        }

        if (rfid + ble + gps == 0)
        {
            problem = "at least one share must be above 0";
            return false;
        }

        mix = new TrafficMix(rfid, ble, gps);
        return true;
    }

    /// <summary>This mix without the kinds a site cannot produce.</summary>
    public TrafficMix LimitTo(SiteTraffic traffic) => new(
        traffic.Epcs.Count > 0 ? Rfid : 0,
        traffic.Beacons.Count > 0 ? Ble : 0,
        traffic.GpsDevices.Count > 0 ? Gps : 0);

    public override string ToString() => $"rfid={Rfid},ble={Ble},gps={Gps}";
}

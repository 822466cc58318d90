using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Domain.Tests.Support;

/// <summary>Observations as the wire delivers them, at times relative to 2026-12-03 10:00:00 UTC.</summary>
internal static class Obs
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(double seconds) => T0.AddSeconds(seconds);

    public static RfidObservation Rfid(string epc, int antenna, DateTimeOffset ts, DateTimeOffset? peak = null, DateTimeOffset? last = null, string reader = Demo.Reader) =>
        new() { Timestamp = ts, Reader = reader, Antenna = antenna, Epc = epc, Rssi = -55, Count = 1, PeakAt = peak, LastSeen = last };

    public static BleObservation Sighting(string beacon, string receiver, double rssi, DateTimeOffset ts) =>
        new() { Timestamp = ts, Receiver = receiver, BeaconId = beacon, Rssi = rssi, TxPower = -59 };

    public static GpsObservation Fix(string device, double lat, double lon, DateTimeOffset ts) =>
        new() { Timestamp = ts, Device = device, Latitude = lat, Longitude = lon, Hdop = 0.9 };

    public static EngineObservation Counter(string device, double hours, DateTimeOffset ts, double? wrapAt = null) =>
        new() { Timestamp = ts, Device = device, Hours = hours, WrapAt = wrapAt };

    public static IoObservation Ignition(string device, bool on, DateTimeOffset ts) =>
        new() { Timestamp = ts, Device = device, Ignition = on };
}

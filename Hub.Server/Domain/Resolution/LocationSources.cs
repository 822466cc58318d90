namespace TrackHub.Domain.Resolution;

/// <summary>What decided an asset's location (<see cref="Model.AssetLocation.Source"/>).</summary>
public static class LocationSources
{
    public const string RfidGate = "rfid-gate";
    public const string Ble = "ble";
    public const string Gps = "gps";
    public const string Manual = "manual";
}

namespace TrackHub.Shared.Contracts;

/// <summary>Version numbers of the public MQTT wire contract (see docs/wire-contract.md).</summary>
public static class WireContract
{
    /// <summary>The only payload version this build reads and writes.</summary>
    public const int Version = 1;
}

using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Tests.Support;

/// <summary>Builds wire observations and batches the way the demo's gate and gateways produce them.</summary>
public static class Obs
{
    public const string Gateway = "north-gate";
    public const string GateReader = "gate-reader";
    public const int Outside = 1;
    public const int Inside = 2;
    public const string DrillEpc = "30340242201d884000000001";
    public const string GrinderEpc = "30340242201d884000000003";
    public const string AmyBadge = "350000000000000000000001";

    public static RfidObservation Rfid(DateTimeOffset ts, int antenna, string epc, double rssi = -55) =>
        new() { Timestamp = ts, Reader = GateReader, Antenna = antenna, Epc = epc, Rssi = rssi, Count = 1 };

    /// <summary>Every tag read on the first antenna, then on the second, as a walk through the portal.</summary>
    public static IReadOnlyList<Observation> Passage(DateTimeOffset start, int from, int to, params string[] epcs) =>
        [.. epcs.Select((e, i) => Rfid(start.AddMilliseconds(50 * i), from, e)), .. epcs.Select((e, i) => Rfid(start.AddMilliseconds(800 + (50 * i)), to, e, -48))];

    public static ObsBatch Batch(long seq, IReadOnlyList<Observation> observations, string gateway = Gateway, long epoch = 1764748800000) =>
        new() { Gateway = gateway, Epoch = epoch, Sequence = seq, Oldest = 1, Sent = observations.Max(o => o.Timestamp), Observations = observations };
}

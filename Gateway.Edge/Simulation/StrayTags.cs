using System.Globalization;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// Now and then a tag nobody registered is read at the gate (a supplier's pallet, a visitor's badge): the hub's
/// "unknown tags" list should show it. The first within about half a minute, then every one to two minutes.
/// </summary>
internal sealed class StrayTags
{
    /// <summary>A prefix no demo asset uses, so a stray tag can never be mistaken for a known one.</summary>
    public const string Prefix = "e2801170000002";

    private readonly DemoGate _gate;
    private readonly Timeline _timeline;
    private readonly Random _random;

    public StrayTags(DemoGate gate, Timeline timeline, Random random, DateTimeOffset start)
    {
        _gate = gate;
        _timeline = timeline;
        _random = random;
        timeline.At(start + random.Seconds(20, 32), Read);
    }

    private void Read()
    {
        var epc = Prefix + _random.NextInt64(0, 0xFF_FFFF_FFFF).ToString("x10", CultureInfo.InvariantCulture);
        var antenna = _random.Next(2) == 0 ? _gate.OutsideAntenna : _gate.InsideAntenna;
        GateReads.Antenna(_timeline, _random, _gate.Reader, antenna, epc, _timeline.Now, attenuation: 12);
        _timeline.At(_timeline.Now + _random.Seconds(60, 120), Read);
    }
}

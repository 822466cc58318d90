using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// What a portal reader reports when tags walk (or drive) through it: a few reads per tag on the first antenna, then
/// on the second, over one to two seconds, with the RSSI rising towards each antenna's peak and falling away.
/// </summary>
internal static class GateReads
{
    /// <param name="outbound">True when leaving: inside antenna first, then outside.</param>
    /// <param name="weakerTags">Tags read through a body or a vehicle's panel (badges, van tags): a few dB weaker.</param>
    public static void Emit(Timeline timeline, Random random, DemoGate gate, DateTimeOffset start, bool outbound,
        IReadOnlyList<string> epcs, IReadOnlySet<string> weakerTags)
    {
        var (first, second) = outbound ? (gate.InsideAntenna, gate.OutsideAntenna) : (gate.OutsideAntenna, gate.InsideAntenna);
        foreach (var epc in epcs)
        {
            var attenuation = weakerTags.Contains(epc) ? 6.0 : 0.0;
            Antenna(timeline, random, gate.Reader, first, epc, start + random.Seconds(0, 0.3), attenuation);
            Antenna(timeline, random, gate.Reader, second, epc, start + random.Seconds(0.9, 1.3), attenuation);
        }
    }

    /// <summary>A tag on one antenna only (a stray tag on a passing pallet).</summary>
    public static void Antenna(Timeline timeline, Random random, string reader, int antenna, string epc, DateTimeOffset from, double attenuation)
    {
        var reads = random.Next(2, 5);
        var peak = random.Between(-56, -46) - attenuation;
        var at = from;
        for (var k = 0; k < reads; k++)
        {
            var distanceFromPeak = Math.Abs(k - ((reads - 1) / 2.0));
            var rssi = peak - (distanceFromPeak * 3.5) + random.Gaussian(1.2);
            timeline.Emit(new RfidObservation
            {
                Timestamp = at,
                LastSeen = at,
                PeakAt = at,
                Reader = reader,
                Antenna = antenna,
                Epc = epc,
                Rssi = Math.Round(Math.Clamp(rssi, -90, -20) * 2, MidpointRounding.AwayFromZero) / 2,
                Count = 1,
            });
            at += random.Seconds(0.12, 0.3);
        }
    }
}

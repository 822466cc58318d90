using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Tests.Simulation;

/// <summary>
/// Reads the gate's RFID reads back into passages, the way a person watching the reader log would: a tag's reads
/// within a few seconds are one visit, its direction is the antenna it was read on first; visits starting together
/// are one passage. Independent of how the simulator builds them.
/// </summary>
internal sealed record GatePassages(DateTimeOffset Start, bool Outbound, string? Person, List<string> Tools, List<string> Epcs, List<TagVisit> Visits)
{
    public static List<GatePassages> From(IEnumerable<Observation> observations, SiteDocument site)
    {
        var gate = site.Gates.Single();
        var people = site.People.SelectMany(p => p.Tags.Select(t => (Tag: t, p.Id))).ToDictionary(x => x.Tag[4..], x => x.Id);
        var tools = site.Assets.Where(a => a.Kind == "tool").SelectMany(a => a.Tags.Where(t => t.StartsWith("epc:", StringComparison.Ordinal)).Select(t => (Tag: t[4..], a.Id))).ToDictionary(x => x.Tag, x => x.Id);

        var visits = new List<TagVisit>();
        foreach (var byTag in observations.OfType<RfidObservation>().Where(r => r.Reader == gate.Reader).GroupBy(r => r.Epc))
        {
            var reads = new List<RfidObservation>();
            foreach (var read in byTag.OrderBy(r => r.Timestamp))
            {
                if (reads.Count > 0 && read.Timestamp - reads[^1].Timestamp > TimeSpan.FromSeconds(4))
                {
                    visits.Add(TagVisit.Of(reads, gate.InsideAntennas[0]));
                    reads = [];
                }

                reads.Add(read);
            }

            visits.Add(TagVisit.Of(reads, gate.InsideAntennas[0]));
        }

        var passages = new List<GatePassages>();
        foreach (var visit in visits.Where(v => v.Outbound is not null).OrderBy(v => v.First))
        {
            var open = passages.LastOrDefault(p => p.Outbound == visit.Outbound && visit.First - p.Start < TimeSpan.FromSeconds(3));
            if (open is null)
            {
                open = new GatePassages(visit.First, visit.Outbound!.Value, null, [], [], []);
                passages.Add(open);
            }

            open.Visits.Add(visit);
            open.Epcs.Add(visit.Epc);
            if (tools.TryGetValue(visit.Epc, out var tool))
            {
                open.Tools.Add(tool);
            }
        }

        return [.. passages.Select(p => p with { Person = p.Epcs.Select(e => people.GetValueOrDefault(e)).FirstOrDefault(id => id is not null) })];
    }
}

internal sealed record TagVisit(string Epc, DateTimeOffset First, DateTimeOffset Last, bool? Outbound, int FirstAntennaReads, int SecondAntennaReads)
{
    public static TagVisit Of(List<RfidObservation> reads, int insideAntenna)
    {
        var first = reads[0].Antenna;
        var second = reads.FirstOrDefault(r => r.Antenna != first)?.Antenna;
        bool? outbound = second is null ? null : first == insideAntenna;
        return new TagVisit(reads[0].Epc, reads[0].Timestamp, reads[^1].Timestamp, outbound,
            reads.Count(r => r.Antenna == first), reads.Count(r => r.Antenna == second));
    }
}

using System.Globalization;
using TrackHub.LoadGen.Measurement;

namespace TrackHub.LoadGen.Reporting;

/// <summary>The report as a person reads it at the end of a run.</summary>
public static class ReportText
{
    public static string Format(LoadReport r)
    {
        var s = r.Settings;
        var t = r.Totals;
        var lines = new List<string>
        {
            $"TrackHub load run {r.StartedAt:yyyy-MM-dd HH:mm:ss}Z: {s.Gateways} gateways -> {s.Broker}, hub {s.Hub}, site {s.Site}",
            $"  target        {N(s.TargetPerSecond)} obs/s in batches of {s.Batch} ({s.Mix}), {s.WarmupSeconds:0.#} s warm-up + {s.DurationSeconds:0.#} s" + (r.StoppedEarly ? " (stopped early)" : string.Empty),
            $"  offered       {N(r.OfferedPerSecond)} obs/s over {r.WindowSeconds:0.0} s",
            $"  accepted      {N(r.AcceptedPerSecond)} obs/s (hub counters over the same window)",
            $"  totals        {t.ObservationsOffered:N0} offered, {t.ObservationsAccepted:N0} accepted, {t.BatchesPublished:N0} batches published",
            $"  broker PUBACK {Latency(r.PubAck)}",
            $"  hub ack       {Latency(r.HubAck)}",
            $"  obs -> screen {Latency(r.ObservationToScreen)}",
            $"  live          {r.Live.Messages:N0} change messages, {r.Live.AssetUpdates:N0} asset updates, {r.Live.Resyncs} resyncs",
            $"  drain         {r.DrainSeconds:0.0} s, " + (r.CaughtUp ? "caught up" : "did NOT catch up"),
            $"  loadgen CPU   {r.LoadGeneratorCpuSeconds:0.0} s",
            $"  errors        {r.Errors.Sum(e => e.Count)} (failed batches {t.FailedBatches}, duplicates {t.DuplicateBatches}, rejected envelopes {t.RejectedEnvelopes}, rejected items {t.RejectedItems}, seq gaps {t.SeqGaps}, unacknowledged {t.UnacknowledgedBatches}, not shown {t.NotShownOnScreen})",
        };
        lines.AddRange(r.Errors.Take(10).Select(e => $"    {e.Count,6} x [{e.Kind}] {e.Message}"));
        lines.AddRange(r.Problems.Select(p => $"  CHECK FAILED  {p}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Latency(LatencySummary l) => l.Count == 0
        ? "not measured"
        : string.Create(CultureInfo.InvariantCulture, $"p50 {l.P50:0.0} ms, p99 {l.P99:0.0} ms, max {l.Max:0.0} ms ({l.Count:N0} samples)");

    private static string N(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);
}

using TrackHub.LoadGen.Gateways;
using TrackHub.LoadGen.Hub;
using TrackHub.LoadGen.Live;
using TrackHub.LoadGen.Measurement;
using TrackHub.LoadGen.Reporting;

namespace TrackHub.LoadGen;

public sealed partial class LoadRun
{
    private LoadReport BuildReport(Measured m)
    {
        var offeredTotal = m.Gateways.Sum(g => g.ObservationsPublished);
        var unacked = m.Gateways.Sum(g => g.LastSequence - g.AckedSequence);
        var totals = new RunTotals(
            m.Gateways.Sum(g => g.BatchesPublished),
            offeredTotal,
            m.Hub.AcceptedObservations,
            m.Gateways.Sum(g => g.FailedBatches),
            m.Hub.DuplicateBatches,
            m.Hub.RejectedEnvelopes,
            m.Hub.RejectedItems,
            m.Hub.SeqGaps,
            unacked,
            _screen.Pending);
        var screen = _screen.Samples.Summarize();
        var seconds = m.Window.TotalSeconds;
        return new LoadReport
        {
            StartedAt = m.StartedAt,
            Settings = new RunSettings(
                options.Broker.ToString(), options.Hub.ToString(), options.Site, options.Gateways, options.Rate, options.BatchSize,
                options.Duration.TotalSeconds, options.Warmup.TotalSeconds, options.Mix.ToString()),
            WindowSeconds = seconds,
            StoppedEarly = m.StoppedEarly,
            OfferedPerSecond = seconds > 0 ? m.OfferedInWindow / seconds : 0,
            AcceptedPerSecond = m.Counted.TotalSeconds > 0 ? m.AcceptedInWindow / m.Counted.TotalSeconds : 0,
            Totals = totals,
            PubAck = Merge(m.Gateways.Select(g => g.PubAck)),
            HubAck = Merge(m.Gateways.Select(g => g.HubAck)),
            ObservationToScreen = screen,
            Live = new LiveStats(m.Live.Messages, m.Live.AssetUpdates, m.Live.Resyncs),
            LoadGeneratorCpuSeconds = Environment.CpuUsage.TotalTime.TotalSeconds,
            DrainSeconds = m.Drained.TotalSeconds,
            CaughtUp = m.CaughtUp,
            Errors = _errors.Snapshot(),
            Problems = Problems(totals, screen),
        };
    }

    /// <summary>What <c>--check</c> holds a run to: everything offered was accepted once and shown, nothing failed.</summary>
    private List<string> Problems(RunTotals t, LatencySummary screen)
    {
        var problems = new List<string>();
        if (t.ObservationsAccepted != t.ObservationsOffered)
        {
            problems.Add($"the hub accepted {t.ObservationsAccepted:N0} observations of {t.ObservationsOffered:N0} offered");
        }

        if (t.ObservationsOffered == 0)
        {
            problems.Add("no observation was offered");
        }

        if (screen.Count == 0)
        {
            problems.Add("no observation-to-screen latency was measured (no change on the live view matched what was sent)");
        }

        if (t.NotShownOnScreen > 0)
        {
            problems.Add($"{t.NotShownOnScreen:N0} observations never showed on the live view");
        }

        if (t.UnacknowledgedBatches > 0)
        {
            problems.Add($"{t.UnacknowledgedBatches:N0} batches were not acknowledged by the hub");
        }

        var rejected = t.RejectedEnvelopes + t.RejectedItems + t.DuplicateBatches + t.FailedBatches;
        if (rejected > 0)
        {
            problems.Add($"{t.FailedBatches} failed batches, {t.DuplicateBatches} duplicates, {t.RejectedEnvelopes} rejected envelopes, {t.RejectedItems} rejected items");
        }

        if (_errors.Total > 0)
        {
            problems.Add($"{_errors.Total} errors during the run");
        }

        return problems;
    }

    private static LatencySummary Merge(IEnumerable<LatencyRecorder> recorders)
    {
        var all = new LatencyRecorder();
        foreach (var recorder in recorders)
        {
            recorder.CopyTo(all);
        }

        return all.Summarize();
    }

    private sealed record Measured(
        DateTimeOffset StartedAt,
        TimeSpan Window,
        bool StoppedEarly,
        long OfferedInWindow,
        long AcceptedInWindow,
        TimeSpan Counted,
        HubCounters Hub,
        IReadOnlyList<SimulatedGateway> Gateways,
        LiveWatcher Live,
        TimeSpan Drained,
        bool CaughtUp);
}

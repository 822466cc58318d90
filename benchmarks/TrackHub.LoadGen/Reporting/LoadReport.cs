using System.Text.Json;
using System.Text.Json.Serialization;
using TrackHub.LoadGen.Measurement;

namespace TrackHub.LoadGen.Reporting;

/// <summary>What one load run measured (written with <c>--json</c>; <see cref="ReportText"/> prints the same).</summary>
public sealed record LoadReport
{
    public required DateTimeOffset StartedAt { get; init; }

    public required RunSettings Settings { get; init; }

    /// <summary>Length of the measured window (after the warm-up, until publishing stopped).</summary>
    public required double WindowSeconds { get; init; }

    /// <summary>True when Ctrl-C ended publishing before the duration was up.</summary>
    public required bool StoppedEarly { get; init; }

    /// <summary>Observations per second the gateways got the broker to accept (PUBACK) in the window.</summary>
    public required double OfferedPerSecond { get; init; }

    /// <summary>Observations per second the hub stored while the window ran (its counters read at the start and the end).</summary>
    public required double AcceptedPerSecond { get; init; }

    public required RunTotals Totals { get; init; }

    /// <summary>Broker PUBACK time of a batch, ms.</summary>
    public required LatencySummary PubAck { get; init; }

    /// <summary>From publishing a batch to the hub's acknowledgement that it is stored, ms.</summary>
    public required LatencySummary HubAck { get; init; }

    /// <summary>From an observation's <c>ts</c> to the arrival of the change that shows it on a wall screen, ms.</summary>
    public required LatencySummary ObservationToScreen { get; init; }

    public required LiveStats Live { get; init; }

    /// <summary>CPU time this process used (all of it: the generator shares the machine with the hub it measures).</summary>
    public required double LoadGeneratorCpuSeconds { get; init; }

    /// <summary>Seconds spent after publishing stopped until the hub and screen had caught up (or the bound).</summary>
    public required double DrainSeconds { get; init; }

    public required bool CaughtUp { get; init; }

    public required IReadOnlyList<ErrorCount> Errors { get; init; }

    /// <summary>Why <c>--check</c> fails; empty when every observation was accepted and shown.</summary>
    public required IReadOnlyList<string> Problems { get; init; }
}

public sealed record RunSettings(
    string Broker,
    string Hub,
    string Site,
    int Gateways,
    double TargetPerSecond,
    int Batch,
    double DurationSeconds,
    double WarmupSeconds,
    string Mix);

/// <summary>Counts over the whole run, warm-up and drain included.</summary>
public sealed record RunTotals(
    long BatchesPublished,
    long ObservationsOffered,
    long ObservationsAccepted,
    long FailedBatches,
    long DuplicateBatches,
    long RejectedEnvelopes,
    long RejectedItems,
    long SeqGaps,
    long UnacknowledgedBatches,
    long NotShownOnScreen);

public sealed record LiveStats(long Messages, long AssetUpdates, long Resyncs);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(LoadReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.RunHours;

/// <summary>
/// Run hours from a machine's own hour counter. The total follows the counter, continuing across a counter that wraps
/// or restarts (a replaced ECU), and it never decreases. A counter cannot run faster than real time, so every step is
/// checked against the event time elapsed since the last reading: that tells a wrap or a restart from a glitch.
/// </summary>
internal static class EngineCounter
{
    /// <summary>Slack for counter resolution (J1939 counts 0.05 h) and device clock jitter.</summary>
    private const double ToleranceHours = 0.25;

    /// <summary>A drop this small is rounding or jitter of the same counter, not a restart.</summary>
    private const double JitterHours = 0.1;

    /// <summary>The meter after <paramref name="reading"/>; null when the reading is not newer than the meter.</summary>
    public static (RunHoursMeter? Meter, string? Anomaly) Next(RunHoursMeter? meter, EngineObservation reading)
    {
        var at = reading.Timestamp;
        var counter = reading.Hours;
        if (meter?.LastCounter is not { } last)
        {
            var start = Math.Max(meter?.Hours ?? 0, counter);
            return (new RunHoursMeter { Hours = start, Source = RunHoursSources.Engine, UpdatedAt = at, LastCounter = counter, CounterOffset = start - counter }, null);
        }

        if (at <= meter.UpdatedAt)
        {
            return (null, null);
        }

        var allowed = (at - meter.UpdatedAt).TotalHours + ToleranceHours;
        var (step, anomaly) = Step(last, counter, reading.WrapAt, allowed);
        if (step is null && anomaly is null)
        {
            // Jitter: keep counting from the higher value.
            return (meter with { UpdatedAt = at }, null);
        }

        var hours = meter.Hours + (step ?? 0);
        return (meter with { Hours = hours, UpdatedAt = at, LastCounter = counter, CounterOffset = hours - counter }, anomaly);
    }

    private static (double? Step, string? Anomaly) Step(double last, double counter, double? wrapAt, double allowed)
    {
        if (counter >= last)
        {
            var step = counter - last;
            return step <= allowed
                ? (step, null)
                : (null, $"counter jumped from {last:0.##} h to {counter:0.##} h, more than the {allowed:0.##} h that passed; counting on from the new value");
        }

        if (wrapAt is { } wrap && last <= wrap && wrap - last + counter <= allowed)
        {
            return (wrap - last + counter, null);
        }

        if (last - counter <= JitterHours)
        {
            return (null, null);
        }

        if (counter <= allowed)
        {
            // Restarted from zero (a reset or a replaced ECU): what it shows now is what it ran since.
            return (counter, null);
        }

        return (null, $"counter dropped from {last:0.##} h to {counter:0.##} h (a replaced counter?); counting on from the new value");
    }
}

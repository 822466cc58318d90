using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.RunHours;

/// <summary>
/// Run hours from a machine's own hour counter. The total follows the counter, continuing across a counter that wraps
/// or restarts (a replaced ECU), and it never decreases. A counter cannot run faster than real time, so every step is
/// checked against the event time elapsed since the last reading: that tells a wrap or a restart from a glitch. A
/// reading that fits neither is held as a suspect: one glitch is ignored, and a second reading that runs on from the
/// suspect confirms a new counter (counting on from the total).
/// </summary>
internal static class EngineCounter
{
    /// <summary>Slack for counter resolution (J1939 counts 0.05 h) and device clock jitter.</summary>
    private const double ToleranceHours = 0.25;

    /// <summary>A drop this small is rounding or jitter of the same counter, not a restart.</summary>
    private const double JitterHours = 0.1;

    /// <summary>The meter after <paramref name="reading"/> (null when the reading is not newer than the meter) and why a reading was not counted.</summary>
    public static EngineStep Next(RunHoursMeter? meter, EngineObservation reading, SuspectReading? suspect)
    {
        var at = reading.Timestamp;
        var counter = reading.Hours;
        if (meter?.LastCounter is not { } last)
        {
            var start = Math.Max(meter?.Hours ?? 0, counter);
            return new(new RunHoursMeter { Hours = start, Source = RunHoursSources.Engine, UpdatedAt = at, LastCounter = counter, CounterOffset = start - counter }, null, null);
        }

        if (at <= meter.UpdatedAt)
        {
            return new(null, null, suspect);
        }

        var step = Step(last, counter, reading.WrapAt, Allowed(meter.UpdatedAt, at));
        if (step is { } hours)
        {
            return Counted(meter, at, counter, hours);
        }

        if (last - counter is > 0 and <= JitterHours)
        {
            return new(meter with { UpdatedAt = at }, null, null); // keep counting from the higher value
        }

        if (suspect is { } s && at > s.At && counter >= s.Counter && counter - s.Counter <= Allowed(s.At, at))
        {
            var confirmed = Counted(meter, at, counter, counter - s.Counter);
            return confirmed with { Anomaly = $"counter went from {last:0.##} h to {s.Counter:0.##} h and runs on from there (a replaced counter?); the total continues from {meter.Hours:0.##} h" };
        }

        return new(meter, $"reading {counter:0.##} h does not follow {last:0.##} h within the {(at - meter.UpdatedAt).TotalHours:0.##} h since; not counted", new SuspectReading(counter, at));
    }

    private static EngineStep Counted(RunHoursMeter meter, DateTimeOffset at, double counter, double step)
    {
        var hours = meter.Hours + step;
        return new(meter with { Hours = hours, UpdatedAt = at, LastCounter = counter, CounterOffset = hours - counter }, null, null);
    }

    private static double Allowed(DateTimeOffset from, DateTimeOffset to) => (to - from).TotalHours + ToleranceHours;

    /// <summary>The run hours between two readings when they can belong to one counter (straight on, through a wrap, or from a restart at zero).</summary>
    private static double? Step(double last, double counter, double? wrapAt, double allowed)
    {
        if (counter >= last)
        {
            return counter - last <= allowed ? counter - last : null;
        }

        if (wrapAt is { } wrap && last <= wrap && wrap - last + counter <= allowed)
        {
            return wrap - last + counter;
        }

        // Restarted from zero (a reset or a replaced ECU): what it shows now is what it ran since.
        return last - counter > JitterHours && counter <= allowed ? counter : null;
    }
}

/// <summary>A reading that did not follow the counter, kept to see whether the next one confirms it.</summary>
internal readonly record struct SuspectReading(double Counter, DateTimeOffset At);

/// <summary>The outcome of one counter reading.</summary>
internal readonly record struct EngineStep(RunHoursMeter? Meter, string? Anomaly, SuspectReading? Suspect);

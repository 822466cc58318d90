using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.RunHours;

/// <summary>
/// Run hours from ignition on/off reports: the time between consecutive reports counts while the ignition was on. A
/// gap in reporting longer than the limit counts nothing, because a lost "off" must not turn a night into run hours.
/// </summary>
internal static class IgnitionCounter
{
    /// <summary>The meter after <paramref name="report"/>; null when the report is older than the meter or carries no ignition.</summary>
    public static RunHoursMeter? Next(RunHoursMeter? meter, IoObservation report, TimeSpan gapLimit)
    {
        if (report.Ignition is not { } on)
        {
            return null;
        }

        var at = report.Timestamp;
        if (meter is null)
        {
            return new RunHoursMeter { Hours = 0, Source = RunHoursSources.Ignition, UpdatedAt = at, IgnitionOnSince = on ? at : null, LastReport = at };
        }

        var previous = meter.LastReport ?? meter.UpdatedAt;
        if (at <= previous)
        {
            return null;
        }

        var elapsed = at - previous;
        var continuous = elapsed <= gapLimit;
        var hours = meter.IgnitionOnSince is not null && continuous ? meter.Hours + elapsed.TotalHours : meter.Hours;
        var onSince = on ? (continuous ? meter.IgnitionOnSince ?? at : at) : (DateTimeOffset?)null;
        return meter with { Hours = hours, UpdatedAt = at, IgnitionOnSince = onSince, LastReport = at };
    }
}

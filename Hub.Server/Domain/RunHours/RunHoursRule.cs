using TrackHub.Domain.Assets;
using TrackHub.Domain.Events;
using TrackHub.Domain.Model;
using TrackHub.Shared.Contracts;

namespace TrackHub.Domain.RunHours;

/// <summary>
/// Feeds engine-counter and ignition reports to the asset's meter. The asset's setting picks the source; without one
/// the first source that reports keeps the meter. A <c>RunHoursRecorded</c> event is written at most every
/// 15 minutes of event time per asset: the meter itself is current on every report.
/// </summary>
internal static class RunHoursRule
{
    public static readonly TimeSpan RecordEvery = TimeSpan.FromMinutes(15);

    /// <summary>Applies the report; true when the total run hours went up.</summary>
    public static bool Apply(AssetSlot slot, Observation report, SiteModel model, DecisionSet decisions)
    {
        var source = report is EngineObservation ? RunHoursSources.Engine : RunHoursSources.Ignition;
        var asset = slot.State;
        var before = asset.RunHours;
        if (!string.Equals(slot.Definition.RunHours ?? before?.Source ?? source, source, StringComparison.Ordinal))
        {
            return false;
        }

        RunHoursMeter? next;
        string? anomaly = null;
        if (report is EngineObservation engine)
        {
            var step = EngineCounter.Next(before, engine, slot.SuspectCounter);
            (next, anomaly, slot.SuspectCounter) = (step.Meter, step.Anomaly, step.Suspect);
        }
        else
        {
            next = IgnitionCounter.Next(before, (IoObservation)report, TimeSpan.FromMinutes(model.Rules.IgnitionGapMinutes));
        }

        if (next is null)
        {
            return false;
        }

        var at = report.Timestamp;
        slot.State = asset with { RunHours = next };
        decisions.ChangedAssets.Add(asset.Id);
        var site = asset.Location?.Site ?? asset.HomeSite;
        if (anomaly is not null)
        {
            decisions.Events.Add(new RunHoursAnomaly { Timestamp = at, AssetId = asset.Id, Site = site, Reading = ((EngineObservation)report).Hours, Hours = next.Hours, Reason = anomaly });
        }

        if (before is not null && next.Hours <= before.Hours)
        {
            return false;
        }

        if (slot.RunHoursRecordedAt is not { } recorded || at - recorded >= RecordEvery)
        {
            slot.RunHoursRecordedAt = at;
            decisions.Events.Add(new RunHoursRecorded { Timestamp = at, AssetId = asset.Id, Site = site, Hours = next.Hours, Source = next.Source });
        }

        return true;
    }
}

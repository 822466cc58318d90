using TrackHub.Domain.Assets;
using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Model;
using TrackHub.Domain.Resolution.Ble;
using TrackHub.Domain.Resolution.Gates;
using TrackHub.Domain.RunHours;

namespace TrackHub.Domain;

public sealed partial class TrackingEngine
{
    private TimeSpan BleWindow => TimeSpan.FromSeconds(Model.Rules.BleWindowSeconds);

    /// <summary>
    /// The in-flight state as plain data, leaving out what has passed its window by the event clock (it could no longer
    /// change a decision). Costs a walk over the assets and the open gate state: take one per commit, and only when
    /// <see cref="InFlightVersion"/> has moved since the last.
    /// </summary>
    public EngineCheckpoint Checkpoint()
    {
        var tracks = new List<GateTrackCheckpoint>();
        var assets = new List<AssetCheckpoint>();
        if (EventClock is { } clock)
        {
            _gateDirections.Checkpoint(clock, GateWindow, tracks);
            var bleWindow = BleWindow;
            foreach (var slot in _assets.Slots)
            {
                if (CheckpointOf(slot, clock, bleWindow) is { } saved)
                {
                    assets.Add(saved);
                }
            }
        }

        return new EngineCheckpoint
        {
            EventClock = EventClock,
            GateTracks = tracks,
            OpenPassages = [.. _passages.Open.Select(p => p.ToCheckpoint())],
            Assets = assets,
        };
    }

    /// <summary>
    /// <see cref="Restore(IEnumerable{AssetState}, IEnumerable{UnknownTag}, IEnumerable{WorkOrder}, IEnumerable{GatePassage})"/>,
    /// then the in-flight state of the last checkpoint, so the new engine goes on exactly as the old one would have.
    /// Call it once, on a new engine. Returns what could not be taken back, each with its reason (empty when all was).
    /// </summary>
    public IReadOnlyList<string> Restore(
        IEnumerable<AssetState> assets,
        IEnumerable<UnknownTag> unknownTags,
        IEnumerable<WorkOrder> openWorkOrders,
        IEnumerable<GatePassage> recentPassages,
        EngineCheckpoint? checkpoint)
    {
        Restore(assets, unknownTags, openWorkOrders, recentPassages);
        if (checkpoint is null)
        {
            return [];
        }

        if (checkpoint.Format != EngineCheckpoint.CurrentFormat)
        {
            return [$"the checkpoint is in format {checkpoint.Format}, this hub reads format {EngineCheckpoint.CurrentFormat}: open gate passages, recent BLE sightings and run-hour recording times start afresh"];
        }

        var skipped = new List<string>();
        MoveClock(checkpoint.EventClock);
        RestoreGateTracks(checkpoint.GateTracks, skipped);
        foreach (var open in checkpoint.OpenPassages)
        {
            if (Model.FindGate(open.Gate) is { } gate)
            {
                _passages.Restore(OpenPassage.FromCheckpoint(open, gate));
            }
            else
            {
                skipped.Add($"gate '{open.Gate}' is no longer configured: its open passage ({open.Direction}, assets {string.Join(", ", open.Assets.Select(a => a.AssetId))}) cannot complete");
            }
        }

        foreach (var saved in checkpoint.Assets)
        {
            if (_assets.Find(saved.AssetId) is { } slot)
            {
                Restore(slot, saved);
            }
            else
            {
                skipped.Add($"asset '{saved.AssetId}' is no longer configured: its in-flight state was dropped");
            }
        }

        InFlightVersion++;
        return skipped;
    }

    private static AssetCheckpoint? CheckpointOf(AssetSlot slot, DateTimeOffset clock, TimeSpan bleWindow)
    {
        var sightings = slot.Sightings?.Checkpoint(clock, bleWindow) ?? [];
        var checkedAt = slot.LocationCheckedAt;
        var confirmed = checkedAt > (slot.LocationSince ?? DateTimeOffset.MinValue) && clock - checkedAt <= bleWindow;
        var recorded = slot.RunHoursRecordedAt is { } r && clock - r < RunHoursRule.RecordEvery;
        if (sightings.Length == 0 && !confirmed && !recorded && slot.SuspectCounter is null)
        {
            return null;
        }

        return new AssetCheckpoint
        {
            AssetId = slot.Id,
            LocationCheckedAt = confirmed ? checkedAt : null,
            Sightings = sightings,
            RunHoursRecordedAt = recorded ? slot.RunHoursRecordedAt : null,
            SuspectCounter = slot.SuspectCounter is { } s ? new SuspectCounterCheckpoint(s.Counter, s.At) : null,
        };
    }

    private static void Restore(AssetSlot slot, AssetCheckpoint saved)
    {
        if (saved.LocationCheckedAt is { } checkedAt && checkedAt > slot.LocationCheckedAt)
        {
            slot.LocationCheckedAt = checkedAt;
        }

        if (saved.Sightings.Count > 0)
        {
            (slot.Sightings ??= new BleSightings()).Restore(saved.Sightings);
        }

        slot.RunHoursRecordedAt = saved.RunHoursRecordedAt;
        slot.SuspectCounter = saved.SuspectCounter is { } s ? new SuspectReading(s.Counter, s.At) : null;
    }

    private void RestoreGateTracks(IReadOnlyList<GateTrackCheckpoint> tracks, List<string> skipped)
    {
        var unknownGates = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var track in tracks)
        {
            if (Model.FindGate(track.Gate) is not null)
            {
                _gateDirections.Restore(track);
            }
            else
            {
                unknownGates[track.Gate] = unknownGates.GetValueOrDefault(track.Gate) + 1;
            }
        }

        foreach (var (gate, count) in unknownGates)
        {
            skipped.Add($"gate '{gate}' is no longer configured: the reads of {count} tags waiting for its other antenna were dropped");
        }
    }
}

using TrackHub.Domain.Model;
using TrackHub.Domain.Resolution.Ble;
using TrackHub.Domain.Resolution.Gps;
using TrackHub.Domain.RunHours;
using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Assets;

/// <summary>
/// The engine's working copy of one asset: its current <see cref="AssetState"/> plus the rule state that the state
/// record does not carry (recent BLE sightings, the GPS track; all but the track travel in the engine's checkpoint). <see cref="AssetState.LastSeen"/> changes on every read, so it is
/// kept here and copied into the record only when someone reads <see cref="State"/>.
/// </summary>
internal sealed class AssetSlot
{
    private AssetState _state;
    private DateTimeOffset? _lastSeen;

    public AssetSlot(AssetDefinition definition, AssetState state)
    {
        Definition = definition;
        _state = state;
        _lastSeen = state.LastSeen;
        LocationCheckedAt = state.Location?.Since ?? DateTimeOffset.MinValue;
    }

    public string Id => _state.Id;

    public AssetDefinition Definition { get; set; }

    /// <summary>Since when the asset has been where it is (without copying the state record).</summary>
    public DateTimeOffset? LocationSince => _state.Location?.Since;

    public AssetState State
    {
        get
        {
            if (_state.LastSeen != _lastSeen)
            {
                _state = _state with { LastSeen = _lastSeen };
            }

            return _state;
        }

        set
        {
            _state = value;
            _lastSeen = value.LastSeen;
        }
    }

    /// <summary>
    /// Event time of the newest observation that placed the asset where it is (or confirmed it there); an older
    /// observation never moves it.
    /// </summary>
    public DateTimeOffset LocationCheckedAt { get; set; }

    /// <summary>Recent BLE sightings by receiver, created on the first sighting.</summary>
    public BleSightings? Sightings { get; set; }

    /// <summary>Recent GPS points, created on the first fix.</summary>
    public GpsTrack? Track { get; set; }

    /// <summary>An hour-counter reading that did not follow the meter, waiting for the next one to confirm or dismiss it.</summary>
    public SuspectReading? SuspectCounter { get; set; }

    /// <summary>When the last <c>RunHoursRecorded</c> event was written.</summary>
    public DateTimeOffset? RunHoursRecordedAt { get; set; }

    /// <summary>Records a read of any of the asset's tags; false when it is not newer than what was seen before.</summary>
    public bool Seen(DateTimeOffset at)
    {
        if (_lastSeen is { } last && at <= last)
        {
            return false;
        }

        _lastSeen = at;
        return true;
    }
}

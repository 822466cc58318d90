using TrackHub.Domain.Checkpoints;

namespace TrackHub.Domain.Resolution.Ble;

/// <summary>
/// The latest RSSI of one asset's beacon at each receiver that heard it recently. A handful of receivers hear one
/// beacon, so a small list scanned linearly beats any dictionary.
/// </summary>
internal sealed class BleSightings
{
    private readonly List<Sighting> _sightings = new(4);

    /// <summary>Keeps the newest sighting per receiver and forgets those older than the window before <paramref name="at"/>.</summary>
    public void Record(string receiver, string zone, double rssi, DateTimeOffset at, TimeSpan window)
    {
        var found = false;
        for (var i = _sightings.Count - 1; i >= 0; i--)
        {
            var s = _sightings[i];
            if (string.Equals(s.Receiver, receiver, StringComparison.Ordinal))
            {
                found = true;
                if (at >= s.At)
                {
                    _sightings[i] = new Sighting(receiver, zone, rssi, at);
                }
            }
            else if (at - s.At > window)
            {
                _sightings.RemoveAt(i);
            }
        }

        if (!found)
        {
            _sightings.Add(new Sighting(receiver, zone, rssi, at));
        }
    }

    /// <summary>The strongest RSSI heard in <paramref name="zone"/> within the window around <paramref name="at"/>, or null.</summary>
    public double? Strongest(string zone, DateTimeOffset at, TimeSpan window)
    {
        double? best = null;
        foreach (var s in _sightings)
        {
            if (string.Equals(s.Zone, zone, StringComparison.Ordinal) && (at - s.At).Duration() <= window && (best is null || s.Rssi > best))
            {
                best = s.Rssi;
            }
        }

        return best;
    }

    public void Clear() => _sightings.Clear();

    /// <summary>The sightings within the window before <paramref name="clock"/>.</summary>
    public BleSightingCheckpoint[] Checkpoint(DateTimeOffset clock, TimeSpan window) =>
        [.. _sightings.Where(s => clock - s.At <= window).Select(s => new BleSightingCheckpoint(s.Receiver, s.Zone, s.Rssi, s.At))];

    public void Restore(IEnumerable<BleSightingCheckpoint> saved)
    {
        foreach (var s in saved)
        {
            _sightings.Add(new Sighting(s.Receiver, s.Zone, s.Rssi, s.At));
        }
    }

    private readonly record struct Sighting(string Receiver, string Zone, double Rssi, DateTimeOffset At);
}

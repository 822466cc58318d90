namespace TrackHub.Domain.Resolution.Gps;

/// <summary>The most recent GPS points of one asset in time order (a ring buffer: no allocation per fix once full).</summary>
internal sealed class GpsTrack
{
    public const int Capacity = 500;

    private readonly (double Lon, double Lat, DateTimeOffset Ts)[] _points = new (double, double, DateTimeOffset)[Capacity];
    private int _start;
    private int _count;

    public int Count => _count;

    public void Add(double lon, double lat, DateTimeOffset ts)
    {
        // Fixes nearly always arrive in order; a late one is slotted in so the track never zigzags back in time.
        var position = _count;
        while (position > 0 && this[position - 1].Ts > ts)
        {
            position--;
        }

        if (_count == Capacity)
        {
            if (position == 0)
            {
                return; // older than everything kept
            }

            _start = (_start + 1) % Capacity;
            _count--;
            position--;
        }

        for (var i = _count; i > position; i--)
        {
            _points[Index(i)] = _points[Index(i - 1)];
        }

        _points[Index(position)] = (lon, lat, ts);
        _count++;
    }

    /// <summary>A copy, oldest first.</summary>
    public (double Lon, double Lat, DateTimeOffset Ts)[] ToArray()
    {
        var copy = new (double, double, DateTimeOffset)[_count];
        for (var i = 0; i < _count; i++)
        {
            copy[i] = this[i];
        }

        return copy;
    }

    private (double Lon, double Lat, DateTimeOffset Ts) this[int i] => _points[Index(i)];

    private int Index(int i) => (_start + i) % Capacity;
}

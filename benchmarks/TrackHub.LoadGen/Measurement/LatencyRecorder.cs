namespace TrackHub.LoadGen.Measurement;

/// <summary>Collects latency samples (milliseconds) from many threads. A 30 s run at 50k obs/s keeps ~12 MB.</summary>
public sealed class LatencyRecorder
{
    private readonly Lock _lock = new();
    private readonly List<double> _samples = [];

    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _samples.Count;
            }
        }
    }

    public void Record(double milliseconds)
    {
        lock (_lock)
        {
            _samples.Add(milliseconds);
        }
    }

    public void Record(ReadOnlySpan<double> milliseconds)
    {
        lock (_lock)
        {
            _samples.AddRange(milliseconds);
        }
    }

    public void CopyTo(LatencyRecorder other)
    {
        double[] copy;
        lock (_lock)
        {
            copy = [.. _samples];
        }

        other.Record(copy);
    }

    public LatencySummary Summarize()
    {
        double[] copy;
        lock (_lock)
        {
            copy = [.. _samples];
        }

        return LatencySummary.Of(copy);
    }
}

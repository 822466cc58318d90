namespace TrackHub.LoadGen.Measurement;

/// <summary>Latency percentiles in milliseconds (nearest rank); all zero when nothing was measured.</summary>
public sealed record LatencySummary(long Count, double P50, double P99, double Max, double Mean)
{
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0);

    public static LatencySummary Of(double[] samples)
    {
        if (samples.Length == 0)
        {
            return Empty;
        }

        Array.Sort(samples);
        return new LatencySummary(samples.Length, Rank(samples, 0.50), Rank(samples, 0.99), samples[^1], samples.Average());
    }

    private static double Rank(double[] sorted, double percentile)
    {
        var rank = (int)Math.Ceiling(percentile * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

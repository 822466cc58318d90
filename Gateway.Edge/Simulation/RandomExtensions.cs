namespace TrackHub.Edge.Simulation;

internal static class RandomExtensions
{
    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    /// <summary>A random span in whole milliseconds: readers and the wire contract work in milliseconds.</summary>
    public static TimeSpan Seconds(this Random random, double min, double max) =>
        TimeSpan.FromMilliseconds(Math.Round(random.Between(min, max) * 1000));

    /// <summary>Normally distributed noise (Box-Muller).</summary>
    public static double Gaussian(this Random random, double sigma)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items in random order (fewer when there are fewer).</summary>
    public static List<T> PickSome<T>(this Random random, IEnumerable<T> items, int count)
    {
        var pool = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pool));
        return pool.Take(count).ToList();
    }
}

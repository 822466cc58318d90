using System.Text.Json;
using TrackHub.LoadGen.Traffic;
using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Benchmarks;

/// <summary>
/// Observations of the demo site's real tags (deploy/demo/site.json), made by the load generator's own generator with
/// a fixed seed and fixed event times, so every run measures the same bytes.
/// </summary>
public static class SampleTraffic
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    public static SiteDocument DemoSite()
    {
        using var file = File.OpenRead(RepoPaths.InRepo("deploy", "demo", "site.json"));
        return JsonSerializer.Deserialize(file, ConfigurationJsonContext.Default.SiteDocument)
            ?? throw new InvalidDataException("deploy/demo/site.json is empty");
    }

    /// <summary><paramref name="count"/> observations, <paramref name="millisecondsApart"/> apart from <see cref="Start"/>.</summary>
    public static List<Observation> Observations(TrafficMix mix, int count, int seed = 7, int millisecondsApart = 10)
    {
        var generator = new ObservationGenerator(SiteTraffic.From(DemoSite(), "north-depot"), mix, seed);
        var observations = new List<Observation>(count);
        for (var i = 0; i < count; i++)
        {
            observations.Add(generator.Next(Start.AddMilliseconds(millisecondsApart * i)));
        }

        return observations;
    }

    public static ObsBatch Batch(IReadOnlyList<Observation> observations, long seq = 4711) => new()
    {
        Gateway = "north-gate",
        Epoch = 1764748800000,
        Sequence = seq,
        Sent = Start.AddSeconds(1),
        Observations = observations,
    };
}

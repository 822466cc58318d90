using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Tests.Support;

/// <summary>Small, valid observations for tests that care about counts and order rather than content.</summary>
public static class Observations
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);

    public static GpsObservation Fix(int n, string device = "van-1") => new()
    {
        Timestamp = T0.AddSeconds(n),
        Device = device,
        Latitude = 53.4808 + (n * 1e-5),
        Longitude = -2.2426,
    };

    public static List<Observation> Fixes(int from, int count, string device = "van-1") =>
        [.. Enumerable.Range(from, count).Select(n => (Observation)Fix(n, device))];
}

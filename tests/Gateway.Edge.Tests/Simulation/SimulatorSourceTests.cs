using TrackHub.Edge.Simulation;
using TrackHub.Edge.Sources;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Simulation;

public sealed class SimulatorSourceTests
{
    [Fact]
    public async Task On_a_test_clock_the_simulator_releases_each_observation_at_its_own_timestamp_which_is_now()
    {
        var start = new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);
        var clock = new SignalingTimeProvider(start);
        var site = SourceFactory.LoadSite(RepoPaths.InRepo("deploy", "demo", "site.json"));
        var source = new SimulatorSource(site, new SimulatorOptions(), clock);
        var released = new List<(Observation Observation, DateTimeOffset At)>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var record in source.ReadAsync(null, stop.Token))
                {
                    released.Add((record.Observation!, clock.GetUtcNow()));
                }
            }
            catch (OperationCanceledException)
            {
                // stopped by the test
            }
        }, TestContext.Current.CancellationToken);

        // The simulator sleeps until its next event; the test moves the clock exactly that far, for one minute.
        while (clock.GetUtcNow() < start.AddMinutes(1))
        {
            clock.Advance(await clock.NextTimerAsync());
        }

        await stop.CancelAsync();
        await reading;

        Assert.True(released.Count > 300, $"only {released.Count} observations in a minute");
        Assert.All(released, r => Assert.Equal(r.At, r.Observation.Timestamp));
        Assert.Equal("simulator:north-depot", source.Name);
        Assert.Contains(released, r => r.Observation is EngineObservation { Hours: >= 250 });
    }
}

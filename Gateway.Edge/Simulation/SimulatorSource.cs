using System.Runtime.CompilerServices;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Sources;
using TrackHub.Shared.Configuration;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// Runs the <see cref="DemoScenario"/> live: it starts at the <see cref="TimeProvider"/>'s now and releases each
/// observation when its time comes, so every timestamp is "now". On a fake time provider it runs as fast as the test
/// advances the clock.
/// </summary>
public sealed class SimulatorSource(SiteDocument site, SimulatorOptions options, TimeProvider time) : IObservationSource
{
    public string Name { get; } = $"simulator:{site.Sites.FirstOrDefault()?.Id ?? "site"}";

    public string? CheckpointKey => null;

    public async IAsyncEnumerable<SourceRecord> ReadAsync(SourceCheckpoint? resumeFrom, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scenario = new DemoScenario(site, options, time.GetUtcNow());
        long emitted = 0;
        while (true)
        {
            foreach (var observation in scenario.AdvanceTo(time.GetUtcNow()))
            {
                emitted++;
                yield return new SourceRecord(observation, null, emitted, emitted);
            }

            // Whole milliseconds: a shorter delay completes at once, and on a clock that only moves when told to
            // (a test's) that would spin without time ever reaching the next event.
            var wait = scenario.NextEventAt - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, cancellationToken);
            }
        }
    }
}

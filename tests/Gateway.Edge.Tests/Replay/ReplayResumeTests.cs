using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using TrackHub.Edge.Batching;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Pipeline;
using TrackHub.Edge.Replay;
using TrackHub.Edge.Sources;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Replay;

public sealed class ReplayResumeTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_gpx_replay_cut_off_by_a_power_cut_and_started_again_stores_every_point_exactly_once()
    {
        var file = RepoPaths.RealDataFile("gps", "gpxpy_around-visnjan-with-car.gpx");
        var expected = Expected(new GpxCaptureReader("car-1"), file);
        using var outbox = OpenOutbox();

        var cut = Pipeline(Source(new GpxCaptureReader("car-1"), file), new FailingSink(outbox, atAppend: 4), maxItems: 7);
        await Assert.ThrowsAsync<IOException>(() => cut.RunAsync(_ct));
        Assert.Equal(3, outbox.LastSequence);

        var again = Pipeline(Source(new GpxCaptureReader("car-1"), file), outbox, maxItems: 7);
        await again.RunAsync(_ct);

        Assert.Equal(104, expected.Count);
        Assert.Equal(expected, await StoredAsync(outbox));
        Assert.Equal(104 - 21, again.Stats.Observations);
    }

    [Fact]
    public async Task An_nmea_replay_stopped_part_way_and_started_again_continues_exactly_where_it_stopped()
    {
        var file = RepoPaths.RealDataFile("gps", "gpsd_magellan-ec10.log");
        var expected = Expected(new NmeaCaptureReader("ec10"), file);
        using var outbox = OpenOutbox();

        // Replayed at its own pace on a test clock, and stopped (Ctrl+C) 20 s into the 40 s capture.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        var clock = new SignalingTimeProvider(DateTimeOffset.UnixEpoch);
        var paced = new FileReplaySource(file, "dev", new NmeaCaptureReader("ec10"), new ReplayTiming(1, false), clock);
        var stopped = Pipeline(paced, outbox, maxItems: 2);
        var run = stopped.RunAsync(stop.Token);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromSeconds(20);)
        {
            var due = await clock.NextTimerAsync();
            clock.Advance(due);
            elapsed += due;
        }

        await stop.CancelAsync();
        await run;
        Assert.InRange(stopped.Stats.Observations, 5, 12);

        var again = Pipeline(Source(new NmeaCaptureReader("ec10"), file), outbox, maxItems: 2);
        await again.RunAsync(_ct);

        Assert.Equal(21, expected.Count);
        Assert.Equal(expected, await StoredAsync(outbox));
        Assert.Equal(expected.Count, stopped.Stats.Observations + again.Stats.Observations);
    }

    [Fact]
    public async Task A_replay_of_a_file_already_stored_completely_stores_nothing_and_reports_no_rejection_twice()
    {
        var file = RepoPaths.RealDataFile("gps", "gpsd_gp-320fw-2019-04-07-coldboot.log");
        using var outbox = OpenOutbox();

        var first = Pipeline(Source(new NmeaCaptureReader("se4100l"), file), outbox, maxItems: 100);
        await first.RunAsync(_ct);
        var second = Pipeline(Source(new NmeaCaptureReader("se4100l"), file), outbox, maxItems: 100);
        await second.RunAsync(_ct);

        Assert.Equal(1, first.Stats.Observations);
        Assert.Equal(49, first.Stats.RejectedTotal);
        Assert.Equal((0L, 0L), (second.Stats.Observations, second.Stats.Batches));
        Assert.True(second.Stats.RejectedTotal < 49, "lines before the checkpoint were reported by the first run");
    }

    public void Dispose() => _dir.Dispose();

    private SqliteOutbox OpenOutbox() => SqliteOutbox.Open(_dir.Path, "replay", new OutboxOptions(), TimeProvider.System);

    private static FileReplaySource Source(ICaptureReader reader, string file) =>
        new(file, "dev", reader, ReplayTiming.Fast, TimeProvider.System);

    private static IngestPipeline Pipeline(IObservationSource source, IBatchSink sink, int maxItems) =>
        new([source], sink, new BatchingOptions { MaxItems = maxItems, MaxDelayMs = 50 }, TimeProvider.System, TestMetrics.Create(), NullLogger<IngestPipeline>.Instance);

    private static List<Observation> Expected(ICaptureReader reader, string file)
    {
        using var stream = File.OpenRead(file);
        return [.. reader.Read(stream).Select(r => r.Observation).OfType<Observation>()];
    }

    private static async Task<List<Observation>> StoredAsync(SqliteOutbox outbox)
    {
        var stored = new List<Observation>();
        foreach (var batch in await outbox.ReadAfterAsync(0, 10_000, TestContext.Current.CancellationToken))
        {
            stored.AddRange(JsonSerializer.Deserialize(batch.ObservationsJson.Span, WireJsonContext.Default.IReadOnlyListObservation)!);
        }

        return stored;
    }
}

using TrackHub.Edge.Outbox;
using TrackHub.Edge.Replay;
using TrackHub.Edge.Sources;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Tests.Replay;

public sealed class FileReplaySourceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly SignalingTimeProvider _time = new(Now);

    [Fact]
    public async Task Shift_to_now_moves_the_first_timestamp_to_now_and_keeps_the_spacing_of_every_time_field()
    {
        var path = WriteJsonl(
            """{"t":"rfid","ts":"2025-05-01T08:00:00.000Z","last":"2025-05-01T08:00:00.400Z","peak":"2025-05-01T08:00:00.200Z","reader":"gate-reader","ant":2,"epc":"350000000000000000000001","rssi":-52.5,"n":3}""",
            """{"t":"gps","ts":"2025-05-01T08:00:05.000Z","dev":"van-1","lat":53.4808,"lon":-2.2426}""",
            """{"t":"engine","ts":"2025-05-01T08:00:12.250Z","dev":"gen-7","hours":249.6}""");
        var source = new FileReplaySource(path, "demo", new JsonlCaptureReader(), new ReplayTiming(0, ShiftToNow: true), _time);

        var read = await ReadAllAsync(source, null);

        Assert.Equal([Now, Now.AddSeconds(5), Now.AddSeconds(12.25)], read.Select(r => r.Observation!.Timestamp));
        var rfid = Assert.IsType<RfidObservation>(read[0].Observation);
        Assert.Equal((Now.AddMilliseconds(400), Now.AddMilliseconds(200)), (rfid.LastSeen, rfid.PeakAt));
    }

    [Fact]
    public async Task At_speed_5_a_file_is_released_at_a_fifth_of_its_recorded_spacing_with_timestamps_kept()
    {
        var path = WriteJsonl(
            """{"t":"io","ts":"2025-05-01T08:00:00.000Z","dev":"van-1","ign":true}""",
            """{"t":"io","ts":"2025-05-01T08:00:10.000Z","dev":"van-1","ign":false}""");
        var source = new FileReplaySource(path, "demo", new JsonlCaptureReader(), new ReplayTiming(5, ShiftToNow: false), _time);
        await using var reader = source.ReadAsync(null, TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);

        Assert.True(await reader.MoveNextAsync());
        var second = reader.MoveNextAsync().AsTask();
        Assert.Equal(TimeSpan.FromSeconds(2), await _time.NextTimerAsync());
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 8, 0, 10, TimeSpan.Zero), reader.Current.Observation!.Timestamp);
    }

    [Fact]
    public async Task Resuming_skips_exactly_what_the_checkpoint_covers_including_rejections_already_reported()
    {
        var path = WriteJsonl(
            """{"t":"io","ts":"2025-05-01T08:00:00.000Z","dev":"van-1","ign":true}""",
            """not json""",
            """{"t":"io","ts":"2025-05-01T08:00:01.000Z","dev":"van-1","ign":false}""",
            """{"t":"io","ts":"2025-05-01T08:00:02.000Z","dev":"van-1"}""",
            """{"t":"io","ts":"2025-05-01T08:00:03.000Z","dev":"van-1","ign":true}""");
        var source = new FileReplaySource(path, "demo", new JsonlCaptureReader(), ReplayTiming.Fast, _time);

        var all = await ReadAllAsync(source, null);
        var resumed = await ReadAllAsync(source, new SourceCheckpoint(source.CheckpointKey, Emitted: 2, Position: 3));

        Assert.Equal([1L, 2L, 3L, 4L, 5L], all.Select(r => r.Position));
        Assert.Equal([4L, 5L], resumed.Select(r => r.Position));
        Assert.NotNull(resumed[0].Rejected); // line 4 is after the checkpoint: reported (again) with its reason
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 8, 0, 3, TimeSpan.Zero), resumed[1].Observation!.Timestamp);
        Assert.Equal(3, resumed[1].Emitted);
    }

    public void Dispose() => _dir.Dispose();

    private static async Task<List<SourceRecord>> ReadAllAsync(IObservationSource source, SourceCheckpoint? resume)
    {
        var records = new List<SourceRecord>();
        await foreach (var record in source.ReadAsync(resume, TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    private string WriteJsonl(params string[] lines)
    {
        var path = _dir.File("capture.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}

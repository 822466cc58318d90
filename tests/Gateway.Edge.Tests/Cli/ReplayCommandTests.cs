using TrackHub.Edge.Cli;
using TrackHub.Edge.Hosting;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Cli;

public sealed class ReplayCommandTests : IDisposable
{
    private static readonly string Track = RepoPaths.RealDataFile("gps", "gpxpy_around-visnjan-with-car.gpx");
    private readonly TempDirectory _state = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task Replaying_a_track_exits_0_once_the_hub_has_acknowledged_it_and_says_what_it_did()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);

        var exit = await ReplayAsync(Track, "--fast", "--broker", broker.Url, "--device", "car-1");

        Assert.Equal(ExitCodes.Ok, exit);
        var summary = _out.ToString().Trim();
        Assert.StartsWith("replayed 1 file: 104 observations in 2 batches (seq 1-2, epoch ", summary, StringComparison.Ordinal);
        Assert.EndsWith("0 rejected; acknowledged by the hub", summary, StringComparison.Ordinal);
        var fixes = hub.Received.Where(b => b.Gateway == "replay-test").SelectMany(b => b.Observations).Cast<GpsObservation>().ToList();
        Assert.Equal(104, fixes.Count);
        Assert.All(fixes, f => Assert.Equal("car-1", f.Device));
        Assert.Equal(new DateTimeOffset(2020, 12, 18, 6, 15, 50, TimeSpan.Zero), fixes[0].Timestamp); // history stays history
    }

    [Fact]
    public async Task Replaying_the_same_file_again_into_the_same_state_publishes_nothing_new()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        Assert.Equal(ExitCodes.Ok, await ReplayAsync(Track, "--fast", "--broker", broker.Url));
        _out.GetStringBuilder().Clear();

        Assert.Equal(ExitCodes.Ok, await ReplayAsync(Track, "--fast", "--broker", broker.Url));

        Assert.Contains("0 observations in 0 batches (nothing new", _out.ToString(), StringComparison.Ordinal);
        Assert.Equal(104, hub.Received.Sum(b => b.Observations.Count));
    }

    [Fact]
    public async Task With_no_wait_a_replay_exits_once_the_broker_has_everything_even_with_no_hub_listening()
    {
        await using var broker = await TestBroker.StartAsync();

        var exit = await ReplayAsync(RepoPaths.RealDataFile("gps", "gpsd_gp-320fw-2019-04-07-coldboot.log"), "--fast", "--no-wait", "--broker", broker.Url);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("1 observations in 1 batches", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("49 rejected (32 nmea-bad-checksum, 5 nmea-glued, ", _out.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("accepted by the broker", _out.ToString().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_capture_file_exits_2_and_names_it()
    {
        var exit = await ReplayAsync("/nowhere/track.gpx");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("error: the capture file '/nowhere/track.gpx' does not exist", _error.ToString().Trim());
    }

    [Fact]
    public async Task A_mistyped_option_is_called_an_unknown_option_not_a_missing_file()
    {
        var exit = await ReplayAsync(Track, "--devise", "van-1");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("error: unknown option '--devise' (replay --help lists them)", _error.ToString().Trim());
    }

    [Fact]
    public async Task Asking_for_fast_and_a_speed_at_once_is_refused_with_the_reason()
    {
        var exit = await ReplayAsync(Track, "--fast", "--speed", "10");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("--fast and --speed do not go together", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_whose_format_cannot_be_told_asks_for_format()
    {
        File.WriteAllText(_state.File("notes.txt"), "hello");

        var exit = await ReplayAsync(_state.File("notes.txt"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("pass --format nmea|gpx|jsonl", _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _state.Dispose();
        _out.Dispose();
        _error.Dispose();
    }

    private Task<int> ReplayAsync(string file, params string[] options) =>
        EdgeCommandLine.InvokeAsync(
            ["replay", file, "--gateway", "replay-test", "--state", Path.Combine(_state.Path, "state"), .. options],
            _out, _error, TestContext.Current.CancellationToken);
}

using System.Text;
using TrackHub.Edge.Cli;
using TrackHub.Edge.Hosting;
using TrackHub.Edge.Sources;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Cli;

public sealed class DecodeCommandTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task Decoding_a_junk_laden_log_prints_the_fix_then_every_rejected_line_with_its_reason()
    {
        var exit = await DecodeAsync(RepoPaths.RealDataFile("gps", "gpsd_gp-320fw-2019-04-07-coldboot.log"), "--format", "nmea", "--device", "gp-320");

        Assert.Equal(ExitCodes.Ok, exit);
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fix = Assert.IsType<GpsObservation>(WireReader.ReadItem(System.Text.Json.JsonDocument.Parse(lines[0]).RootElement, out var observation, out _, out _) == ItemOutcome.Accepted ? observation : null);
        Assert.Equal("gp-320", fix.Device);
        var rejected = lines.Skip(1).ToArray();
        Assert.Equal(49, rejected.Length);
        Assert.All(rejected, l => Assert.Matches(@"^# rejected frame \d+: nmea-[a-z-]+: .+", l));
        Assert.Equal("1 observations, 49 rejected frames (nmea)", _error.ToString().Trim());
    }

    [Fact]
    public async Task Its_output_reads_back_as_a_json_lines_capture_so_it_can_be_replayed()
    {
        await DecodeAsync(RepoPaths.RealDataFile("gps", "gpsd_nl2008u.log"), "--device", "van-1");

        var records = new JsonlCaptureReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(_out.ToString()))).ToList();

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Null(r.Rejected));
        Assert.All(records, r => Assert.Equal("van-1", Assert.IsType<GpsObservation>(r.Observation).Device));
    }

    [Fact]
    public async Task A_file_that_does_not_exist_exits_2_and_names_it()
    {
        var exit = await DecodeAsync("/nowhere/capture.log", "--format", "nmea");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("/nowhere/capture.log", _error.ToString(), StringComparison.Ordinal);
    }

    private Task<int> DecodeAsync(string file, params string[] options) =>
        EdgeCommandLine.InvokeAsync(["decode", file, .. options], _out, _error, TestContext.Current.CancellationToken);
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using TrackHub.Edge.Sources;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Sources;

public sealed class NmeaTcpSourceTests : IAsyncDisposable
{
    private readonly TcpListener _device = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private readonly Channel<SourceRecord> _records = Channel.CreateUnbounded<SourceRecord>();
    private Task? _reading;

    public NmeaTcpSourceTests() => _device.Start();

    private int Port => ((IPEndPoint)_device.LocalEndpoint).Port;

    [Fact]
    public async Task A_live_feed_gives_fixes_and_picks_up_again_after_the_device_drops_the_connection()
    {
        var log = await File.ReadAllLinesAsync(RepoPaths.RealDataFile("gps", "gpsd_nl2008u.log"), Encoding.Latin1, TestContext.Current.CancellationToken);
        var clock = new SignalingTimeProvider(new DateTimeOffset(2015, 10, 10, 9, 20, 0, TimeSpan.Zero));
        Read(new NmeaTcpSource("127.0.0.1", Port, "car-7", TimeSpan.FromHours(1), clock, NullLogger.Instance));

        await ServeOnceAsync(log); // the device sends its log and hangs up
        var first = await TakeAsync(9);
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextTimerAsync()); // waits before reconnecting
        clock.Advance(TimeSpan.FromSeconds(1));
        await ServeOnceAsync(log);
        var second = await TakeAsync(9);

        var fixes = first.Concat(second).Select(r => Assert.IsType<GpsObservation>(r.Observation)).ToList();
        Assert.All(first.Concat(second), r => Assert.Null(r.Rejected));
        Assert.Equal(new DateTimeOffset(2015, 10, 10, 9, 12, 32, TimeSpan.Zero), fixes[0].Timestamp);
        Assert.Equal(fixes.Take(9).Select(f => f.Timestamp), fixes.Skip(9).Select(f => f.Timestamp));
        Assert.Equal(("car-7", 18L), (fixes[0].Device, second[^1].Emitted));
    }

    [Fact]
    public async Task A_fix_far_from_the_gateways_clock_is_rejected_as_a_receiver_clock_fault()
    {
        var log = await File.ReadAllLinesAsync(RepoPaths.RealDataFile("gps", "gpsd_magellan-ec10.log"), Encoding.Latin1, TestContext.Current.CancellationToken);
        var clock = new SignalingTimeProvider(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        Read(new NmeaTcpSource("127.0.0.1", Port, "ec10", TimeSpan.FromMinutes(5), clock, NullLogger.Instance));

        await ServeOnceAsync(log);
        var records = await TakeAsync(21);

        Assert.All(records, r => Assert.Null(r.Observation));
        Assert.All(records, r => Assert.Equal(NmeaTcpSource.ClockSkew, r.Rejected!.Code));
        Assert.Contains("2005-06-09T20:52:06.000Z", records[0].Rejected!.Detail, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reading is not null)
        {
            await _reading;
        }

        _device.Stop();
        _device.Dispose();
        _stop.Dispose();
    }

    private void Read(IObservationSource source) => _reading = Task.Run(async () =>
    {
        try
        {
            await foreach (var record in source.ReadAsync(null, _stop.Token))
            {
                _records.Writer.TryWrite(record);
            }
        }
        catch (OperationCanceledException)
        {
            // the test is over
        }
    });

    private async Task ServeOnceAsync(IEnumerable<string> lines)
    {
        using var client = await _device.AcceptTcpClientAsync(_stop.Token);
        await using var writer = new StreamWriter(client.GetStream(), Encoding.Latin1) { NewLine = "\r\n" };
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line);
        }
    }

    private async Task<List<SourceRecord>> TakeAsync(int count)
    {
        var taken = new List<SourceRecord>();
        while (taken.Count < count)
        {
            taken.Add(await _records.Reader.ReadAsync(_stop.Token).AsTask().WaitAsync(TimeSpan.FromSeconds(10), _stop.Token));
        }

        return taken;
    }
}

using System.Text.Json;
using TrackHub.LoadGen.Gateways;
using TrackHub.LoadGen.Hub;
using TrackHub.LoadGen.Live;
using TrackHub.LoadGen.Measurement;
using TrackHub.LoadGen.Reporting;
using TrackHub.LoadGen.Traffic;
using TrackHub.Shared.Configuration;

namespace TrackHub.LoadGen;

/// <summary>
/// One end-to-end run: wait for the hub, open a wall-screen connection, connect the gateways, publish through a
/// warm-up and the measured window, stop, let the hub and the screen catch up (bounded), and report.
/// </summary>
public sealed partial class LoadRun(LoadOptions options, TimeProvider time, TextWriter output)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(50);

    private readonly ErrorLog _errors = new();
    private readonly ScreenLatencyTracker _screen = new();

    /// <param name="stop">Ctrl-C: stops publishing early; the run still drains and reports.</param>
    public async Task<LoadReport> RunAsync(CancellationToken stop)
    {
        var traffic = SiteTraffic.From(await ReadConfigurationAsync(), options.Site);
        var assetByTag = traffic.AssetByTag;
        using var hub = new HubHttpClient(new HttpClient { BaseAddress = options.Hub, Timeout = TimeSpan.FromSeconds(10) });
        await hub.WaitUntilHealthyAsync(options.HubTimeout, stop);

        await using var live = new LiveWatcher(options.Hub, options.Site, _screen, time, _errors);
        await live.StartAsync(stop);
        var initial = await hub.ReadCountersAsync(stop);

        var startedAt = time.GetUtcNow();
        var gateways = new List<SimulatedGateway>();
        try
        {
            for (var i = 0; i < options.Gateways; i++)
            {
                var generator = new ObservationGenerator(traffic, options.Mix, options.Seed + i);
                var gateway = new SimulatedGateway(
                    $"{options.GatewayPrefix}-{i + 1}", startedAt.ToUnixTimeMilliseconds() + i, options.Broker, generator, assetByTag, _screen, time, _errors, options.BatchSize);
                gateways.Add(gateway);
                await gateway.ConnectAsync(stop);
            }

            output.WriteLine($"{gateways.Count} gateways connected to {options.Broker}; live view of '{options.Site}' subscribed at {options.Hub}");
            return await MeasureAsync(hub, live, gateways, initial, startedAt, stop);
        }
        finally
        {
            foreach (var gateway in gateways)
            {
                await gateway.GoOfflineAsync();
                await gateway.DisposeAsync();
            }
        }
    }

    private async Task<LoadReport> MeasureAsync(
        HubHttpClient hub, LiveWatcher live, List<SimulatedGateway> gateways, HubCounters initial, DateTimeOffset startedAt, CancellationToken stop)
    {
        using var publishing = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var start = time.GetUtcNow();
        var running = gateways.Select(g => Task.Run(() => g.RunAsync(options.BatchesPerSecondPerGateway, start, publishing.Token), CancellationToken.None)).ToArray();

        await WaitAsync(options.Warmup, gateways, stop);
        var windowStart = time.GetUtcNow();
        _screen.MeasureFrom(windowStart);
        gateways.ForEach(g => g.Measure());
        var offeredBefore = gateways.Sum(g => g.ObservationsPublished);
        var before = await hub.ReadCountersAsync(CancellationToken.None);
        var beforeRead = time.GetTimestamp();

        await WaitAsync(options.Duration, gateways, stop);
        await publishing.CancelAsync();
        var windowEnd = time.GetUtcNow();
        var after = await hub.ReadCountersAsync(CancellationToken.None);
        var counted = time.GetElapsedTime(beforeRead);

        // A batch already sent finishes (a saturated hub can hold its PUBACK for seconds); it counts as offered in the window.
        await Task.WhenAll(running);
        var offeredAfter = gateways.Sum(g => g.ObservationsPublished);

        var drainStarted = time.GetTimestamp();
        var caughtUp = await DrainAsync(gateways);
        var drained = time.GetElapsedTime(drainStarted);
        var final = await hub.ReadCountersAsync(CancellationToken.None);

        return BuildReport(new Measured(
            startedAt, windowEnd - windowStart, stop.IsCancellationRequested, offeredAfter - offeredBefore, after.Since(before).AcceptedObservations, counted,
            final.Since(initial), gateways, live, drained, caughtUp));
    }

    /// <summary>Waits out a phase, printing progress every few seconds; Ctrl-C ends it early.</summary>
    private async Task WaitAsync(TimeSpan phase, List<SimulatedGateway> gateways, CancellationToken stop)
    {
        var end = time.GetTimestamp() + (long)(phase.TotalSeconds * time.TimestampFrequency);
        while (!stop.IsCancellationRequested)
        {
            var left = TimeSpan.FromSeconds((double)(end - time.GetTimestamp()) / time.TimestampFrequency);
            if (left < TimeSpan.FromMilliseconds(1))
            {
                return;
            }

            var step = left < ProgressInterval ? left : ProgressInterval;
            var offered = gateways.Sum(g => g.ObservationsPublished);
            try
            {
                await Task.Delay(step, time, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            output.WriteLine($"  {gateways.Sum(g => g.ObservationsPublished) - offered,9:N0} obs offered in {step.TotalSeconds:0.0} s; not yet on the screen: {_screen.Pending:N0}");
        }
    }

    /// <summary>Until every batch is acknowledged and every observation shown, or the drain bound passes.</summary>
    private async Task<bool> DrainAsync(List<SimulatedGateway> gateways)
    {
        var deadline = time.GetTimestamp() + (long)(options.DrainTimeout.TotalSeconds * time.TimestampFrequency);
        TimeSpan Left() => TimeSpan.FromSeconds(Math.Max(0, (double)(deadline - time.GetTimestamp()) / time.TimestampFrequency));
        foreach (var gateway in gateways)
        {
            if (!await gateway.WaitForAcksAsync(Left(), CancellationToken.None))
            {
                return false;
            }
        }

        // The screen has no "done" signal of its own: look again until nothing is pending.
        while (_screen.Pending > 0 && Left() > TimeSpan.Zero)
        {
            await Task.Delay(DrainPoll, time);
        }

        return _screen.Pending == 0;
    }

    private async Task<SiteDocument> ReadConfigurationAsync()
    {
        await using var file = File.OpenRead(options.ConfigPath);
        return await JsonSerializer.DeserializeAsync(file, ConfigurationJsonContext.Default.SiteDocument)
            ?? throw new InvalidDataException($"{options.ConfigPath} is empty");
    }
}

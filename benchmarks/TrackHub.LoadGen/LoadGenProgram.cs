using System.CommandLine;
using System.Runtime.InteropServices;
using System.Text.Json;
using TrackHub.LoadGen.Cli;
using TrackHub.LoadGen.Reporting;

namespace TrackHub.LoadGen;

/// <summary>Runs the command: Ctrl-C or SIGTERM stops publishing and still reports; a second Ctrl-C aborts.</summary>
public static class LoadGenProgram
{
    public const int CheckFailed = 2;

    public static async Task<int> MainAsync(string[] args)
    {
        var command = LoadGenCommand.Create(RunAsync);

        // The run handles termination itself: it must drain and report, which takes longer than the parser's 2 s grace.
        return await command.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    private static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!stop.IsCancellationRequested)
            {
                e.Cancel = true;
                Console.Error.WriteLine("stopping: finishing in-flight batches, then draining and reporting (Ctrl-C again to abort)");
                stop.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });

        try
        {
            var report = await new LoadRun(options, TimeProvider.System, Console.Out).RunAsync(stop.Token);
            Console.WriteLine(ReportText.Format(report));
            if (options.JsonPath is { } path)
            {
                await File.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(report, ReportJsonContext.Default.LoadReport), CancellationToken.None);
            }

            return options.Check && report.Problems.Count > 0 ? CheckFailed : 0;
        }
        catch (Exception ex) when (ex is TimeoutException or ArgumentException or InvalidDataException or IOException or HttpRequestException
            or MQTTnet.Exceptions.MqttCommunicationException or Microsoft.AspNetCore.SignalR.HubException or OperationCanceledException)
        {
            Console.Error.WriteLine($"loadgen: {ex.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}

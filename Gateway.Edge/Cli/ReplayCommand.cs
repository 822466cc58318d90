using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TrackHub.Edge.Hosting;
using TrackHub.Edge.Replay;
using TrackHub.Edge.Sources;

namespace TrackHub.Edge.Cli;

/// <summary><c>replay FILE...</c>: publishes captures at their own pace and exits once the hub has them.</summary>
internal static class ReplayCommand
{
    public const string DefaultGateway = "replay";
    public const string DefaultBroker = "mqtt://localhost:1883";

    public static Command Create(Option<bool> verbose)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Capture files: NMEA logs, GPX tracks, JSON lines of wire items", Arity = ArgumentArity.OneOrMore };
        var gateway = new Option<string>("--gateway", "-g") { Description = "Gateway id to publish as", DefaultValueFactory = _ => DefaultGateway };
        var broker = new Option<string>("--broker", "-b") { Description = "Broker URL, mqtt://[user:password@]host[:port]", DefaultValueFactory = _ => DefaultBroker };
        var state = new Option<DirectoryInfo?>("--state") { Description = "State directory (outbox and checkpoints) [default: .trackhub/edge/GATEWAY]" };
        var device = new Option<string?>("--device", "-d") { Description = "Device id stamped on NMEA/GPX fixes [default: the file name]" };
        var format = new Option<string>("--format") { Description = "Capture format", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong(["auto", .. CaptureFormats.All]);
        var speed = new Option<double>("--speed") { Description = "Replay N times faster than recorded", DefaultValueFactory = _ => 1 };
        var fast = new Option<bool>("--fast") { Description = "Replay as fast as the pipeline allows" };
        var shift = new Option<bool>("--shift-to-now") { Description = "Move each file's first timestamp to now, keeping the spacing" };
        var noWait = new Option<bool>("--no-wait") { Description = "Exit once the broker has everything instead of waiting for the hub's acknowledgement" };
        var command = new Command("replay", "Replay capture files through the outbox to the hub; exits when the hub has acknowledged everything")
        {
            files, gateway, broker, state, device, format, speed, fast, shift, noWait,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var paths = parse.GetRequiredValue(files).Select(f => f.FullName).ToList();
            var problem = CheckArguments(paths, parse.GetResult(speed) is { Implicit: false }, parse.GetValue(speed), parse.GetValue(fast));
            var sources = problem is null ? Sources(paths, parse.GetValue(format)!, parse.GetValue(device), out problem) : [];
            if (problem is not null)
            {
                await error.WriteLineAsync("error: " + problem);
                return ExitCodes.InvalidInput;
            }

            var gatewayId = parse.GetValue(gateway)!;
            var stateDirectory = parse.GetValue(state)?.FullName ?? Path.GetFullPath(Path.Combine(".trackhub", "edge", gatewayId));
            var pace = parse.GetValue(fast) ? 0 : parse.GetValue(speed);
            var waitForHub = !parse.GetValue(noWait);

            var builder = EdgeHost.CreateBuilder(parse.GetValue(verbose));
            builder.Services.AddEdgeGateway().Configure(options =>
            {
                options.Gateway = gatewayId;
                options.Broker.Url = parse.GetValue(broker)!;
                options.StateDirectory = stateDirectory;
                options.Sources = [.. sources.Select(s => { s.Speed = pace; s.ShiftToNow = parse.GetValue(shift); return s; })];
                if (!waitForHub)
                {
                    // Nobody may be acknowledging: do not hold publishing back for a hub.
                    options.Publisher.Window = 65_535;
                }
            });
            builder.Services.AddSingleton(new ReplayRequest(paths.Count, !waitForHub, parse.InvocationConfiguration.Output));
            builder.Services.AddHostedService<ReplayWorker>();
            return await EdgeHost.RunAsync(builder, error, parse.GetValue(verbose), cancellationToken);
        });
        return command;
    }

    private static string? CheckArguments(List<string> paths, bool speedGiven, double speed, bool fast)
    {
        // A mistyped option lands among the files: say it is an option we do not know, not a missing file.
        if (paths.Select(Path.GetFileName).FirstOrDefault(name => name!.StartsWith('-') && !File.Exists(name)) is { } option)
        {
            return $"unknown option '{option}' (replay --help lists them)";
        }

        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            return $"the capture file '{missing}' does not exist";
        }

        if (fast && speedGiven)
        {
            return "--fast and --speed do not go together: --fast already means as fast as possible";
        }

        return speed > 0 && !double.IsInfinity(speed) ? null : $"--speed {speed} must be a positive number (use --fast for as fast as possible)";
    }

    private static List<SourceOptions> Sources(List<string> paths, string format, string? device, out string? problem)
    {
        var sources = new List<SourceOptions>();
        foreach (var path in paths)
        {
            var detected = format == "auto" ? CaptureFormats.Detect(path) : format;
            if (detected is null)
            {
                problem = $"cannot tell the format of '{path}' from its name or its first lines; pass --format {string.Join("|", CaptureFormats.All)}";
                return [];
            }

            sources.Add(new SourceOptions
            {
                Type = detected switch
                {
                    CaptureFormats.Nmea => SourceTypes.NmeaFile,
                    CaptureFormats.Gpx => SourceTypes.Gpx,
                    _ => SourceTypes.Jsonl,
                },
                Path = path,
                Device = detected == CaptureFormats.Jsonl ? device : device ?? DeviceFromFileName(path),
            });
        }

        problem = null;
        return sources;
    }

    /// <summary>A device id from a file name: <c>gpsd_nl2008u.log</c> becomes <c>gpsd_nl2008u</c>.</summary>
    private static string DeviceFromFileName(string path) =>
        string.Concat(Path.GetFileNameWithoutExtension(path).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-'));
}

using System.CommandLine;
using System.CommandLine.Parsing;
using TrackHub.LoadGen.Gateways;
using TrackHub.LoadGen.Traffic;

namespace TrackHub.LoadGen.Cli;

/// <summary>The command line: options, their checks, and the mapping to <see cref="LoadOptions"/>.</summary>
public static class LoadGenCommand
{
    public static RootCommand Create(Func<LoadOptions, CancellationToken, Task<int>> run)
    {
        var broker = new Option<BrokerAddress>("--broker")
        {
            Description = "MQTT broker the gateways publish to",
            DefaultValueFactory = _ => new BrokerAddress("127.0.0.1", BrokerAddress.DefaultPort),
            CustomParser = r => BrokerAddress.TryParse(r.Tokens[0].Value, out var a, out var problem) ? a : Fail<BrokerAddress>(r, problem),
        };
        var hub = new Option<Uri>("--hub")
        {
            Description = "the hub's HTTP address (health, counters, /hubs/live)",
            DefaultValueFactory = _ => new Uri("http://127.0.0.1:5080/"),
            CustomParser = r => Uri.TryCreate(WithSlash(r.Tokens[0].Value), UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
                ? u
                : Fail<Uri>(r, $"'{r.Tokens[0].Value}' is not an http(s) address"),
        };
        var site = new Option<string>("--site") { Description = "site whose tags are observed and whose live view is watched", DefaultValueFactory = _ => "north-depot" };
        var gateways = new Option<int>("--gateways") { Description = "simulated gateways, each with its own MQTT connection", DefaultValueFactory = _ => 4 };
        var rate = new Option<double>("--rate") { Description = "target observations per second, all gateways together", DefaultValueFactory = _ => 5000 };
        var batch = new Option<int>("--batch") { Description = "observations per batch", DefaultValueFactory = _ => 50 };
        var duration = DurationOption("--duration", "measured publishing time", TimeSpan.FromSeconds(30));
        var warmup = DurationOption("--warmup", "publishing before measuring starts", TimeSpan.FromSeconds(5));
        var drain = DurationOption("--drain-timeout", "longest wait after publishing for the hub and screen to catch up", TimeSpan.FromSeconds(30));
        var hubTimeout = DurationOption("--hub-timeout", "longest wait for the hub's /health before starting", TimeSpan.FromSeconds(30));
        var config = new Option<FileInfo>("--config") { Description = "site configuration the hub runs with", DefaultValueFactory = _ => new FileInfo(DefaultConfig()) };
        config.AcceptExistingOnly();
        var mix = new Option<TrafficMix>("--mix")
        {
            Description = "shares of RFID, BLE and GPS observations",
            DefaultValueFactory = _ => TrafficMix.Default,
            CustomParser = r => TrafficMix.TryParse(r.Tokens[0].Value, out var m, out var problem) ? m : Fail<TrafficMix>(r, problem!),
        };
        var json = new Option<FileInfo?>("--json") { Description = "also write the report as JSON to this file" };
        var prefix = new Option<string>("--gateway-prefix") { Description = "gateway ids are PREFIX-1 … PREFIX-N", DefaultValueFactory = _ => "loadgen" };
        var seed = new Option<int>("--seed") { Description = "random seed of the generated traffic", DefaultValueFactory = _ => 1 };
        var check = new Option<bool>("--check") { Description = "exit 2 unless every observation was accepted and shown, with no errors" };

        gateways.Validators.Add(r => Range(r, r.GetValueOrDefault<int>(), 1, 1000));
        batch.Validators.Add(r => Range(r, r.GetValueOrDefault<int>(), 1, 10_000));
        rate.Validators.Add(r => Range(r, r.GetValueOrDefault<double>(), 0.001, 10_000_000));
        prefix.Validators.Add(r =>
        {
            if (!TrackHub.Shared.Contracts.GatewayIds.IsValid(r.GetValueOrDefault<string>() + "-1000"))
            {
                r.AddError("--gateway-prefix may only use letters, digits, '-', '_' and '.'");
            }
        });

        var command = new RootCommand("TrackHub load generator: simulated gateways publish observations over MQTT while a SignalR client times them to the wall screen.")
        {
            broker, hub, site, gateways, rate, batch, duration, warmup, config, mix, json, drain, hubTimeout, prefix, seed, check,
        };
        command.SetAction((result, cancellationToken) => run(
            new LoadOptions
            {
                Broker = result.GetValue(broker)!,
                Hub = result.GetValue(hub)!,
                Site = result.GetValue(site)!,
                Gateways = result.GetValue(gateways),
                Rate = result.GetValue(rate),
                BatchSize = result.GetValue(batch),
                Duration = result.GetValue(duration),
                Warmup = result.GetValue(warmup),
                ConfigPath = result.GetValue(config)!.FullName,
                Mix = result.GetValue(mix)!,
                JsonPath = result.GetValue(json)?.FullName,
                DrainTimeout = result.GetValue(drain),
                HubTimeout = result.GetValue(hubTimeout),
                GatewayPrefix = result.GetValue(prefix)!,
                Seed = result.GetValue(seed),
                Check = result.GetValue(check),
            },
            cancellationToken));
        return command;
    }

    private static Option<TimeSpan> DurationOption(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = description + " (e.g. 30s, 500ms, 2m)",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r => Durations.TryParse(r.Tokens[0].Value, out var d) && d >= TimeSpan.Zero
            ? d
            : Fail<TimeSpan>(r, $"'{r.Tokens[0].Value}' is not a duration like 30s, 500ms or 2m"),
    };

    private static void Range<T>(OptionResult result, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            result.AddError($"{result.Option.Name} must be between {min} and {max}");
        }
    }

    private static T Fail<T>(ArgumentResult result, string problem)
    {
        result.AddError(problem);
        return default!;
    }

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";

    /// <summary>deploy/demo/site.json of the checkout this program runs from, else relative to the working directory.</summary>
    private static string DefaultConfig()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "deploy", "demo", "site.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine("deploy", "demo", "site.json");
    }
}

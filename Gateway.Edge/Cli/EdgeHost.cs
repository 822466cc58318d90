using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using TrackHub.Edge.Hosting;
using TrackHub.Edge.Outbox;

namespace TrackHub.Edge.Cli;

/// <summary>Builds the host both commands run in and turns what can go wrong into an exit code and a sentence.</summary>
internal static partial class EdgeHost
{
    public static HostApplicationBuilder CreateBuilder(bool verbose)
    {
        // No appsettings.json or environment from the working directory: the edge reads only what it is given.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "trackhub-edge",
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });

        // stdout is for results (the replay summary); every log line goes to stderr.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        // A start-up failure is reported by the command line as one sentence, not as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton<EdgeOutcome>();
        return builder;
    }

    public static async Task<int> RunAsync(HostApplicationBuilder builder, TextWriter error, bool verbose, CancellationToken cancellationToken)
    {
        try
        {
            using var host = builder.Build();
            var outcome = host.Services.GetRequiredService<EdgeOutcome>();
            await host.RunAsync(cancellationToken);
            if (outcome.ExitCode != ExitCodes.Ok && outcome.Message is not null)
            {
                await error.WriteLineAsync(outcome.Message);
            }

            return outcome.ExitCode;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync("error: the configuration is not valid:");
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync("  " + failure);
            }

            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is OutboxStateException or InvalidDataException)
        {
            await error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.InvalidInput;
        }
        catch (InvalidOperationException ex) when (FindUnknownKeys(ex) is { } unknown)
        {
            // The binder's ErrorOnUnknownConfiguration: a key the edge does not know, usually a typo.
            var where = unknown.Groups["type"].Value.Split('.')[^1] switch
            {
                "EdgeOptions" => "at the top level",
                "SourceOptions" => "in a 'sources' entry",
                var type => $"in '{char.ToLowerInvariant(type[0])}{type[1..].Replace("Options", "", StringComparison.Ordinal)}'",
            };
            await error.WriteLineAsync($"error: the configuration has {unknown.Groups["keys"].Value} {where}, which the edge does not know; is it misspelt?");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync("error: " + (verbose ? ex.ToString() : ex.Message + " (--verbose shows the details)"));
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Loads a JSON configuration file, with <c>TRACKHUB_EDGE_</c> environment variables over it (for secrets:
    /// <c>TRACKHUB_EDGE_broker__password</c>), or says in one sentence why it cannot.
    /// </summary>
    public static IConfiguration? LoadConfigurationFile(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = $"error: the configuration file '{path}' does not exist";
            return null;
        }

        try
        {
            return new ConfigurationBuilder()
                .AddJsonFile(path, optional: false, reloadOnChange: false)
                .AddEnvironmentVariables("TRACKHUB_EDGE_")
                .Build();
        }
        catch (InvalidDataException ex)
        {
            problem = $"error: the configuration file '{path}' is not valid JSON: {ex.InnerException?.Message ?? ex.Message}";
            return null;
        }
    }

    private static Match? FindUnknownKeys(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (UnknownKeys().Match(ex.Message) is { Success: true } match)
            {
                return match;
            }
        }

        return null;
    }

    [GeneratedRegex(@"not found on the instance of (?<type>[\w.]+): (?<keys>.+)$")]
    private static partial Regex UnknownKeys();
}

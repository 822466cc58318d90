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
internal static class EdgeHost
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
        builder.Services.AddSingleton<EdgeOutcome>();
        return builder;
    }

    public static async Task<int> RunAsync(HostApplicationBuilder builder, TextWriter error, CancellationToken cancellationToken)
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
        catch (InvalidOperationException ex) when (ex.Message.Contains("was not found on type", StringComparison.Ordinal))
        {
            // The binder's ErrorOnUnknownConfiguration: a key the edge does not know (usually a typo).
            await error.WriteLineAsync("error: the configuration has a key the edge does not know: " + ex.Message);
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>Loads a JSON configuration file, or says in one sentence why it cannot.</summary>
    public static string? AddConfigurationFile(HostApplicationBuilder builder, string path)
    {
        if (!File.Exists(path))
        {
            return $"error: the configuration file '{path}' does not exist";
        }

        try
        {
            builder.Configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
            builder.Configuration.AddEnvironmentVariables("TRACKHUB_EDGE_");
            return null;
        }
        catch (InvalidDataException ex)
        {
            return $"error: the configuration file '{path}' is not valid JSON: {ex.InnerException?.Message ?? ex.Message}";
        }
    }
}

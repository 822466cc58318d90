using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrackHub.Edge.Configuration;
using TrackHub.Edge.Hosting;

namespace TrackHub.Edge.Cli;

/// <summary><c>run --config FILE</c>: the long-running gateway.</summary>
internal static class RunCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var config = new Option<FileInfo>("--config", "-c")
        {
            Description = "The edge configuration (JSON; see deploy/edge/edge.sample.json)",
            Required = true,
        };
        var command = new Command("run", "Run the gateway: read the configured sources and publish them to the hub until stopped")
        {
            config,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(config).FullName;
            var error = parse.InvocationConfiguration.Error;
            if (EdgeHost.LoadConfigurationFile(path, out var problem) is not { } configuration)
            {
                await error.WriteLineAsync(problem);
                return ExitCodes.InvalidInput;
            }

            var builder = EdgeHost.CreateBuilder(parse.GetValue(verbose));
            builder.Services.AddEdgeGateway()
                .Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true)
                .PostConfigure(options => EdgeConfigurationPaths.Resolve(options, Path.GetDirectoryName(path)!));
            builder.Services.AddHostedService<EdgeWorker>();
            return await EdgeHost.RunAsync(builder, error, parse.GetValue(verbose), cancellationToken);
        });
        return command;
    }
}

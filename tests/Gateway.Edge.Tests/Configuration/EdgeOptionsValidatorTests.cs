using Microsoft.Extensions.Configuration;
using TrackHub.Edge.Configuration;
using TrackHub.Edge.Sources;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Configuration;

public sealed class EdgeOptionsValidatorTests
{
    [Theory]
    [InlineData("edge", "edge.sample.json")]
    [InlineData("demo", "edge.json")]
    public void The_shipped_configurations_bind_without_unknown_keys_and_are_valid(string folder, string file)
    {
        var path = RepoPaths.InRepo("deploy", folder, file);
        var options = new ConfigurationBuilder().AddJsonFile(path).Build().Get<EdgeOptions>(b => b.ErrorOnUnknownConfiguration = true)!;
        EdgeConfigurationPaths.Resolve(options, Path.GetDirectoryName(path)!);

        var result = new EdgeOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal("north-gate", options.Gateway);
        var simulator = options.Sources.Single(s => s.Type == SourceTypes.Simulator);
        Assert.Equal(RepoPaths.InRepo("deploy", "demo", "site.json"), simulator.Site);
    }

    [Fact]
    public void Every_bad_value_is_reported_under_the_key_as_it_is_written_in_the_file()
    {
        var options = new EdgeOptions
        {
            Gateway = "north gate",
            Broker = { Url = "http://hub:1883" },
            Batching = { MaxItems = 0 },
            Sources =
            [
                new SourceOptions { Type = SourceTypes.NmeaTcp, Host = "10.0.0.5", Device = "van-1" },
                new SourceOptions { Type = SourceTypes.Gpx, Path = "/nowhere/track.gpx" },
                new SourceOptions { Type = "serial" },
            ],
        };

        var failures = new EdgeOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("'gateway' 'north gate' is not a valid gateway id", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("'broker.url' scheme 'http' is not supported", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("'stateDirectory' is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("'batching.maxItems' 0 is outside", StringComparison.Ordinal));
        Assert.Contains("'sources[0].port' '' must be 1..65535", failures);
        Assert.Contains("'sources[1].path' '/nowhere/track.gpx' does not exist", failures);
        Assert.Contains(failures, f => f.StartsWith("'sources[1].device' is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("'sources[2].type' 'serial' is not one of", StringComparison.Ordinal));
        Assert.Equal(8, failures.Count);
    }
}

using TrackHub.Edge.Cli;
using TrackHub.Edge.Hosting;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task Run_publishes_the_simulated_depot_to_the_hub_until_stopped_and_then_says_offline()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        var config = WriteConfig($$"""
            { "gateway": "north-gate", "broker": { "url": "{{broker.Url}}" }, "stateDirectory": "state",
              "batching": { "maxItems": 50, "maxDelayMs": 100 },
              "sources": [ { "type": "simulator", "site": "{{RepoPaths.InRepo("deploy", "demo", "site.json")}}" } ] }
            """);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var run = EdgeCommandLine.InvokeAsync(["run", "--config", config], _out, _error, stop.Token);
        await hub.WaitUntilAsync(h => h.Received.SelectMany(b => b.Observations).OfType<BleObservation>().Any(), "beacon sightings from the simulator");
        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Ok, await run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        await hub.WaitUntilAsync(h => h.Statuses.Any(s => !s.Online), "the offline status");
        var online = hub.Statuses.First();
        Assert.True(online.Online);
        Assert.Equal(["simulator:north-depot"], online.Sources);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "state", "outbox.db")), "the state directory is relative to the configuration file");
    }

    [Fact]
    public async Task A_misspelt_key_stops_the_gateway_at_start_and_names_the_key()
    {
        var config = WriteConfig("""
            { "gateway": "north-gate", "broker": { "url": "mqtt://localhost:1883" }, "stateDirectory": "state",
              "sources": [ { "type": "nmea-tcp", "host": "10.0.0.5", "prot": 10110, "device": "van-1" } ] }
            """);

        var exit = await EdgeCommandLine.InvokeAsync(["run", "--config", config], _out, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("error: the configuration has 'prot' in a 'sources' entry, which the edge does not know; is it misspelt?", _error.ToString().Trim());
    }

    [Fact]
    public async Task Invalid_values_stop_the_gateway_at_start_and_each_is_named()
    {
        var config = WriteConfig("""
            { "gateway": "north gate", "broker": { "url": "mqtt://localhost:1883" }, "stateDirectory": "state",
              "sources": [ { "type": "nmea-tcp", "host": "10.0.0.5", "device": "van-1" } ] }
            """);

        var exit = await EdgeCommandLine.InvokeAsync(["run", "--config", config], _out, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("'gateway' 'north gate' is not a valid gateway id", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'sources[0].port'", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_that_is_not_json_is_refused_with_the_reason()
    {
        var config = WriteConfig("""{ "gateway": "north-gate", """);

        var exit = await EdgeCommandLine.InvokeAsync(["run", "--config", config], _out, _error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith($"error: the configuration file '{config}' is not valid JSON", _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _dir.Dispose();
        _out.Dispose();
        _error.Dispose();
    }

    private string WriteConfig(string json)
    {
        var path = _dir.File("edge.json");
        File.WriteAllText(path, json);
        return path;
    }
}

using TrackHub.Hub.Hosting;

namespace TrackHub.Hub.Tests.Hosting;

public sealed class HubOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.True(new HubOptionsValidator().Validate(null, new HubOptions()).Succeeded);

    [Fact]
    public void Every_bad_setting_is_reported_under_the_key_a_person_types()
    {
        var options = new HubOptions
        {
            Mqtt = new MqttOptions { Port = 0, EmbeddedBroker = false, BrokerUrl = "http://broker" },
            Ingest = new IngestOptions { MaxGroupSize = 0, TickInterval = TimeSpan.FromHours(1) },
            SeedConfiguration = "/nowhere/site.json",
        };

        var failures = new HubOptionsValidator().Validate(null, options).Failures!.ToArray();

        Assert.Contains(failures, f => f.StartsWith("Hub:Mqtt:Port is 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Hub:Ingest:MaxGroupSize is 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Hub:Ingest:TickInterval", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Hub:Mqtt:BrokerUrl 'http://broker'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Hub:SeedConfiguration '/nowhere/site.json' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_port_in_use_is_told_in_one_line_with_what_to_do()
    {
        var inUse = new IOException("Failed to bind to address http://127.0.0.1:5080: address already in use.");

        var problem = StartupProblems.Describe(new InvalidOperationException("host failed", inUse));

        Assert.Equal("Failed to bind to address http://127.0.0.1:5080: address already in use: another program (another hub?) uses that port. Stop it, or choose another with --urls http://localhost:PORT.", problem);
    }
}

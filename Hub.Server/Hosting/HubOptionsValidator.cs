using Microsoft.Extensions.Options;

namespace TrackHub.Hub.Hosting;

/// <summary>Checks what attributes cannot: cross-field rules. Every failure names its key.</summary>
public sealed class HubOptionsValidator : IValidateOptions<HubOptions>
{
    public ValidateOptionsResult Validate(string? name, HubOptions options)
    {
        var failures = new List<string>();
        var mqtt = options.Mqtt;
        var ingest = options.Ingest;
        Range(failures, "Hub:Mqtt:Port", mqtt.Port, 1, 65535);
        Range(failures, "Hub:Mqtt:MaxPendingMessagesPerClient", mqtt.MaxPendingMessagesPerClient, 1000, 10_000_000);
        Range(failures, "Hub:Ingest:ChannelCapacity", ingest.ChannelCapacity, 16, 1_000_000);
        Range(failures, "Hub:Ingest:MaxGroupSize", ingest.MaxGroupSize, 1, 100_000);
        Range(failures, "Hub:Ingest:MaxClockSkew", ingest.MaxClockSkew, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Range(failures, "Hub:Ingest:TickInterval", ingest.TickInterval, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(1));
        if (!mqtt.EmbeddedBroker)
        {
            if (string.IsNullOrWhiteSpace(mqtt.BrokerUrl))
            {
                failures.Add("Hub:Mqtt:BrokerUrl is required when Hub:Mqtt:EmbeddedBroker is false.");
            }
            else if (!Uri.TryCreate(mqtt.BrokerUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("mqtt" or "tcp" or "ws" or "wss" or "mqtts"))
            {
                failures.Add($"Hub:Mqtt:BrokerUrl '{mqtt.BrokerUrl}' is not a broker URL such as mqtt://host:1883.");
            }
        }
        else if (!System.Net.IPAddress.TryParse(mqtt.BindAddress, out _))
        {
            failures.Add($"Hub:Mqtt:BindAddress '{mqtt.BindAddress}' is not an IP address.");
        }

        if (options.SeedConfiguration is { Length: > 0 } seed && !File.Exists(seed))
        {
            failures.Add($"Hub:SeedConfiguration '{seed}' does not exist.");
        }

        if (options.WebRoot is { Length: > 0 } web && !Directory.Exists(web))
        {
            failures.Add($"Hub:WebRoot '{web}' does not exist (build Hub.Web with 'npm ci && npm run build').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range<T>(List<string> failures, string key, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            failures.Add($"{key} is {value}; it must be between {min} and {max}.");
        }
    }
}

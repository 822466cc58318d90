using Microsoft.Extensions.Options;

namespace TrackHub.Hub.Hosting;

/// <summary>Checks what attributes cannot: cross-field rules. Every failure names its key.</summary>
public sealed class HubOptionsValidator : IValidateOptions<HubOptions>
{
    public ValidateOptionsResult Validate(string? name, HubOptions options)
    {
        var failures = new List<string>();
        var mqtt = options.Mqtt;
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
}

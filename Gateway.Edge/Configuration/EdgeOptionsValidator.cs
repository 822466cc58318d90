using Microsoft.Extensions.Options;
using TrackHub.Edge.Publishing;
using TrackHub.Edge.Sources;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Configuration;

/// <summary>Checks the whole configuration at start and names every bad key the way it is written in the file.</summary>
public sealed class EdgeOptionsValidator : IValidateOptions<EdgeOptions>
{
    public ValidateOptionsResult Validate(string? name, EdgeOptions options)
    {
        var failures = new List<string>();
        void Fail(string key, string message) => failures.Add($"'{key}' {message}");

        if (!GatewayIds.IsValid(options.Gateway))
        {
            Fail("gateway", $"'{options.Gateway}' is not a valid gateway id (1-{GatewayIds.MaxLength} of a-z A-Z 0-9 - _ .)");
        }

        if (!BrokerAddress.TryParse(options.Broker.Url, out _, out var brokerProblem))
        {
            Fail("broker.url", brokerProblem);
        }

        if (string.IsNullOrWhiteSpace(options.StateDirectory))
        {
            Fail("stateDirectory", "is required: the folder that holds the outbox");
        }

        if (options.Batching.MaxItems is < 1 or > 10_000)
        {
            Fail("batching.maxItems", $"{options.Batching.MaxItems} is outside 1..10000");
        }

        if (options.Batching.MaxDelayMs is < 1 or > 60_000)
        {
            Fail("batching.maxDelayMs", $"{options.Batching.MaxDelayMs} is outside 1..60000");
        }

        if (options.Outbox.MaxMegabytes < 1)
        {
            Fail("outbox.maxMegabytes", $"{options.Outbox.MaxMegabytes} must be at least 1");
        }

        ValidatePublisher(options.Publisher, Fail);

        if (options.Sources.Count == 0)
        {
            Fail("sources", "is empty: configure at least one source");
        }

        for (var i = 0; i < options.Sources.Count; i++)
        {
            ValidateSource($"sources[{i}]", options.Sources[i], Fail);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidatePublisher(PublisherOptions publisher, Action<string, string> fail)
    {
        if (publisher.Window is < 1 or > 65_535)
        {
            fail("publisher.window", $"{publisher.Window} is outside 1..65535");
        }

        if (publisher.AckTimeoutSeconds <= 0)
        {
            fail("publisher.ackTimeoutSeconds", "must be positive");
        }

        if (publisher.ReconnectMinSeconds <= 0 || publisher.ReconnectMaxSeconds < publisher.ReconnectMinSeconds)
        {
            fail("publisher.reconnectMinSeconds", "must be positive and not above 'publisher.reconnectMaxSeconds'");
        }
    }

    private static void ValidateSource(string key, SourceOptions source, Action<string, string> fail)
    {
        if (!SourceTypes.All.Contains(source.Type))
        {
            fail($"{key}.type", $"'{source.Type}' is not one of {string.Join(", ", SourceTypes.All)}");
            return;
        }

        if (SourceTypes.IsFile(source.Type))
        {
            if (string.IsNullOrWhiteSpace(source.Path))
            {
                fail($"{key}.path", $"is required for a {source.Type} source");
            }
            else if (!File.Exists(source.Path))
            {
                fail($"{key}.path", $"'{source.Path}' does not exist");
            }

            if (source.Speed < 0 || double.IsNaN(source.Speed))
            {
                fail($"{key}.speed", $"{source.Speed} must be 0 (as fast as possible) or positive");
            }
        }

        if (source.Type is SourceTypes.NmeaFile or SourceTypes.NmeaTcp or SourceTypes.Gpx && string.IsNullOrWhiteSpace(source.Device))
        {
            fail($"{key}.device", $"is required for a {source.Type} source (the id stamped on its fixes)");
        }

        if (source.Type == SourceTypes.NmeaTcp)
        {
            if (string.IsNullOrWhiteSpace(source.Host))
            {
                fail($"{key}.host", "is required for an nmea-tcp source");
            }

            if (source.Port is not (>= 1 and <= 65_535))
            {
                fail($"{key}.port", $"'{source.Port}' must be 1..65535");
            }

            if (source.MaxClockSkewSeconds <= 0)
            {
                fail($"{key}.maxClockSkewSeconds", "must be positive");
            }
        }

        if (source.Type == SourceTypes.Simulator)
        {
            if (string.IsNullOrWhiteSpace(source.Site))
            {
                fail($"{key}.site", "is required for a simulator source (the site document, e.g. deploy/demo/site.json)");
            }
            else if (!File.Exists(source.Site))
            {
                fail($"{key}.site", $"'{source.Site}' does not exist");
            }

            if (source.SpeedUp <= 0)
            {
                fail($"{key}.speedUp", "must be positive");
            }
        }
    }
}

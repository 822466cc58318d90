using System.Diagnostics.CodeAnalysis;

namespace TrackHub.Shared.Contracts;

/// <summary>The MQTT topics of the wire contract: <c>trackhub/v1/gw/{gatewayId}/{obs|status|ack}</c>.</summary>
public static class Topics
{
    public const string Prefix = "trackhub/v1/gw/";

    /// <summary>Every gateway's observation batches.</summary>
    public const string AllObservations = Prefix + "+/obs";

    /// <summary>Every gateway's retained status (and last will).</summary>
    public const string AllStatus = Prefix + "+/status";

    public static string Observations(string gatewayId) => Prefix + gatewayId + "/obs";

    public static string Status(string gatewayId) => Prefix + gatewayId + "/status";

    /// <summary>Retained acknowledgement the hub publishes after it has applied a gateway's batches.</summary>
    public static string Ack(string gatewayId) => Prefix + gatewayId + "/ack";

    /// <summary>Splits a contract topic into its gateway id and kind; false for any other topic.</summary>
    public static bool TryParse(string topic, [NotNullWhen(true)] out string? gatewayId, out TopicKind kind)
    {
        gatewayId = null;
        kind = default;
        if (!topic.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = topic.AsSpan(Prefix.Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0 || rest[(slash + 1)..].Contains('/'))
        {
            return false;
        }

        kind = rest[(slash + 1)..] switch
        {
            "obs" => TopicKind.Observations,
            "status" => TopicKind.Status,
            "ack" => TopicKind.Ack,
            _ => TopicKind.Unknown,
        };
        if (kind == TopicKind.Unknown)
        {
            return false;
        }

        gatewayId = rest[..slash].ToString();
        return GatewayIds.IsValid(gatewayId);
    }
}

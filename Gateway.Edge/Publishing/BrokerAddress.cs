using System.Diagnostics.CodeAnalysis;

namespace TrackHub.Edge.Publishing;

/// <summary>A broker URL taken apart: <c>mqtt://[user:password@]host[:port]</c> or <c>mqtts://…</c> for TLS.</summary>
public sealed record BrokerAddress(string Host, int Port, bool UseTls, string? Username, string? Password)
{
    public const int DefaultPort = 1883;
    public const int DefaultTlsPort = 8883;

    public static bool TryParse(string? url, [NotNullWhen(true)] out BrokerAddress? address, [NotNullWhen(false)] out string? problem)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(url) || !url.Contains("://", StringComparison.Ordinal) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            problem = $"'{url}' is not a URL; expected mqtt://host:port";
            return false;
        }

        var tls = uri.Scheme switch
        {
            "mqtt" or "tcp" => false,
            "mqtts" or "ssl" => true,
            _ => (bool?)null,
        };
        if (tls is null)
        {
            problem = $"scheme '{uri.Scheme}' is not supported; use mqtt:// or mqtts://";
            return false;
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            problem = $"'{url}' names no host";
            return false;
        }

        if (uri.AbsolutePath is not ("/" or "") || uri.Query.Length > 0)
        {
            problem = $"'{url}' has a path or query; expected mqtt://host:port";
            return false;
        }

        string? user = null;
        string? password = null;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            user = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }

        var port = uri.IsDefaultPort || uri.Port < 0 ? (tls.Value ? DefaultTlsPort : DefaultPort) : uri.Port;
        address = new BrokerAddress(uri.Host, port, tls.Value, user, password);
        problem = null;
        return true;
    }

    /// <summary>For logs: never shows the password.</summary>
    public override string ToString() => $"{(UseTls ? "mqtts" : "mqtt")}://{Host}:{Port}";
}

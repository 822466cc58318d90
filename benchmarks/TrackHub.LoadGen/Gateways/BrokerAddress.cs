using System.Diagnostics.CodeAnalysis;

namespace TrackHub.LoadGen.Gateways;

/// <summary>An MQTT broker given as <c>mqtt://host:port</c> (port 1883 when left out).</summary>
public sealed record BrokerAddress(string Host, int Port)
{
    public const int DefaultPort = 1883;

    public static bool TryParse(string text, [NotNullWhen(true)] out BrokerAddress? address, [NotNullWhen(false)] out string? problem)
    {
        address = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("mqtt" or "tcp"))
        {
            problem = $"'{text}' is not an MQTT address like mqtt://127.0.0.1:1883";
            return false;
        }

        address = new BrokerAddress(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port);
        problem = null;
        return true;
    }

    public override string ToString() => $"mqtt://{Host}:{Port}";
}

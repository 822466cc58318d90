namespace TrackHub.Edge.Publishing;

public sealed class BrokerOptions
{
    /// <summary><c>mqtt://host:port</c> (1883 by default) or <c>mqtts://host:port</c> (TLS, 8883 by default).</summary>
    public string Url { get; set; } = "mqtt://localhost:1883";

    public string? Username { get; set; }

    public string? Password { get; set; }
}

using TrackHub.Edge.Publishing;

namespace TrackHub.Edge.Tests.Publishing;

public sealed class BrokerAddressTests
{
    [Theory]
    [InlineData("mqtt://localhost", "localhost", 1883, false)]
    [InlineData("mqtt://10.0.0.5:11883", "10.0.0.5", 11883, false)]
    [InlineData("mqtts://broker.example.com", "broker.example.com", 8883, true)]
    [InlineData("mqtt://[::1]:1884", "[::1]", 1884, false)]
    public void A_broker_url_gives_host_port_and_tls(string url, string host, int port, bool tls)
    {
        Assert.True(BrokerAddress.TryParse(url, out var address, out _));
        Assert.Equal((host, port, tls), (address.Host, address.Port, address.UseTls));
    }

    [Fact]
    public void Credentials_in_the_url_are_taken_apart_and_never_shown_in_logs()
    {
        Assert.True(BrokerAddress.TryParse("mqtt://edge%40north:s3cr%3At@hub:1883", out var address, out _));

        Assert.Equal(("edge@north", "s3cr:t"), (address.Username, address.Password));
        Assert.Equal("mqtt://hub:1883", address.ToString());
    }

    [Theory]
    [InlineData("localhost:1883", "is not a URL")]
    [InlineData("ws://hub:8080", "scheme 'ws' is not supported")]
    [InlineData("mqtt://hub:1883/trackhub", "has a path or query")]
    public void A_url_the_edge_cannot_use_is_refused_with_the_reason(string url, string reason)
    {
        Assert.False(BrokerAddress.TryParse(url, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}

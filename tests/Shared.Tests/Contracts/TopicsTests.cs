using TrackHub.Shared.Contracts;

namespace TrackHub.Shared.Tests.Contracts;

public sealed class TopicsTests
{
    [Theory]
    [InlineData("trackhub/v1/gw/north-gate/obs", "north-gate", TopicKind.Observations)]
    [InlineData("trackhub/v1/gw/north-gate/status", "north-gate", TopicKind.Status)]
    [InlineData("trackhub/v1/gw/n.g_1/ack", "n.g_1", TopicKind.Ack)]
    public void Contract_topics_name_their_gateway_and_kind(string topic, string gateway, TopicKind kind)
    {
        Assert.True(Topics.TryParse(topic, out var gw, out var k));
        Assert.Equal((gateway, kind), (gw, k));
        Assert.Equal(topic, kind switch
        {
            TopicKind.Observations => Topics.Observations(gateway),
            TopicKind.Status => Topics.Status(gateway),
            _ => Topics.Ack(gateway),
        });
    }

    [Theory]
    [InlineData("trackhub/v2/gw/a/obs")]
    [InlineData("trackhub/v1/gw/a/b/obs")]
    [InlineData("trackhub/v1/gw//obs")]
    [InlineData("trackhub/v1/gw/a/other")]
    public void Other_topics_are_not_contract_topics(string topic) => Assert.False(Topics.TryParse(topic, out _, out _));
}

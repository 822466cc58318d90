using TrackHub.Hub.Persistence;
using TrackHub.Hub.Pipeline.Dedupe;
using TrackHub.Shared.Contracts.Acknowledgement;

namespace TrackHub.Hub.Tests.Pipeline;

public sealed class StreamStateMappingTests
{
    [Fact]
    public void A_stored_stream_restores_the_shared_deduplicator_and_comes_back_unchanged()
    {
        var stored = new GatewayStreamState("north-gate", 1764748800000, 10, [12, 14], 2);
        var dedupe = new BatchDeduplicator();
        dedupe.Restore([stored]);

        Assert.False(dedupe.Admit("north-gate", 1764748800000, 12, oldest: 11).IsNew);
        Assert.True(dedupe.Admit("north-gate", 1764748800000, 11, oldest: 11).IsNew);
        var back = dedupe.TakeChanged().ToStored().Single();

        Assert.Equal(("north-gate", 1764748800000L, 12L, 2L), (back.Gateway, back.Epoch, back.Watermark, back.Gaps));
        Assert.Equal([14L], back.AppliedAbove);
    }
}

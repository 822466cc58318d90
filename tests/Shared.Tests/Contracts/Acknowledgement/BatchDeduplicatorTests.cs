using TrackHub.Shared.Contracts.Acknowledgement;

namespace TrackHub.Shared.Tests.Contracts.Acknowledgement;

public sealed class BatchDeduplicatorTests
{
    [Fact]
    public void Each_batch_is_applied_once_and_redeliveries_are_duplicates()
    {
        var dedupe = new BatchDeduplicator();

        Assert.True(dedupe.Admit("gw", 1, 1, oldest: 1).IsNew);
        Assert.True(dedupe.Admit("gw", 1, 2, oldest: 1).IsNew);
        Assert.False(dedupe.Admit("gw", 1, 1, oldest: 1).IsNew);
        Assert.False(dedupe.Admit("gw", 1, 2, oldest: 2).IsNew);
        Assert.Equal(2, dedupe.Watermark("gw", 1));
    }

    [Fact]
    public void The_watermark_waits_for_a_missing_batch_and_then_jumps_past_what_arrived_out_of_order()
    {
        var dedupe = new BatchDeduplicator();
        dedupe.Admit("gw", 1, 1, oldest: 1);

        dedupe.Admit("gw", 1, 3, oldest: 2);
        dedupe.Admit("gw", 1, 4, oldest: 2);
        Assert.Equal(1, dedupe.Watermark("gw", 1));

        Assert.True(dedupe.Admit("gw", 1, 2, oldest: 2).IsNew);
        Assert.Equal(4, dedupe.Watermark("gw", 1));
        Assert.False(dedupe.Admit("gw", 1, 3, oldest: 2).IsNew);
    }

    [Fact]
    public void A_batch_the_gateway_gave_up_is_counted_as_a_gap_and_no_longer_holds_the_watermark_back()
    {
        var dedupe = new BatchDeduplicator();
        dedupe.Admit("gw", 1, 1, oldest: 1);
        dedupe.Admit("gw", 1, 3, oldest: 2);

        var outcome = dedupe.Admit("gw", 1, 4, oldest: 3);

        Assert.Equal(1, outcome.NewGaps);
        Assert.Equal(4, dedupe.Watermark("gw", 1));
        Assert.Equal(1, dedupe.TakeChanged().Single().Gaps);
    }

    [Fact]
    public void A_new_epoch_is_a_new_stream()
    {
        var dedupe = new BatchDeduplicator();
        dedupe.Admit("gw", 1, 1, oldest: 1);

        Assert.True(dedupe.Admit("gw", 2, 1, oldest: 1).IsNew);
        Assert.Equal(1, dedupe.Watermark("gw", 2));
    }

    [Fact]
    public void A_gateway_that_sends_no_oldest_starts_where_the_hub_first_hears_it()
    {
        var dedupe = new BatchDeduplicator();

        Assert.True(dedupe.Admit("third-party", 9, 4711, oldest: null).IsNew);
        Assert.True(dedupe.Admit("third-party", 9, 4712, oldest: null).IsNew);
        Assert.Equal(4712, dedupe.Watermark("third-party", 9));
    }

    [Fact]
    public void Restored_state_keeps_rejecting_what_was_applied_before_a_restart()
    {
        var before = new BatchDeduplicator();
        before.Admit("gw", 1, 1, oldest: 1);
        before.Admit("gw", 1, 3, oldest: 1);
        var stored = before.TakeChanged();

        var after = new BatchDeduplicator();
        after.Restore(stored);

        Assert.False(after.Admit("gw", 1, 1, oldest: 1).IsNew);
        Assert.False(after.Admit("gw", 1, 3, oldest: 1).IsNew);
        Assert.True(after.Admit("gw", 1, 2, oldest: 1).IsNew);
        Assert.Equal(3, after.Watermark("gw", 1));
    }

    [Fact]
    public void Changed_streams_are_reported_once_per_commit()
    {
        var dedupe = new BatchDeduplicator();
        dedupe.Admit("a", 1, 1, oldest: 1);
        dedupe.Admit("b", 1, 1, oldest: 1);

        Assert.Equal(["a", "b"], dedupe.TakeChanged().Select(s => s.Gateway).Order());
        Assert.Empty(dedupe.TakeChanged());
    }

    [Fact]
    public void Stored_stream_state_round_trips()
    {
        var state = new StreamState("gw", 5, 10, [12, 14], 2);
        var dedupe = new BatchDeduplicator();
        dedupe.Restore([state]);

        var all = dedupe.All().Single();

        Assert.Equal((10L, 2L), (all.Watermark, all.Gaps));
        Assert.Equal([12L, 14L], all.AppliedAbove);
    }
}

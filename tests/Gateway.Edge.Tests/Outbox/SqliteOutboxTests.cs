using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Tests.Outbox;

public sealed class SqliteOutboxTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(Created);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_epoch_is_fixed_at_creation_and_seq_continues_from_1_across_reopening()
    {
        using (var outbox = Open())
        {
            Assert.Equal(Created.ToUnixTimeMilliseconds(), outbox.Epoch);
            Assert.Equal(1, await outbox.AppendAsync(Observations.Fixes(0, 3), [], _ct));
            Assert.Equal(2, await outbox.AppendAsync(Observations.Fixes(3, 3), [], _ct));
        }

        _time.Advance(TimeSpan.FromDays(3));
        using (var reopened = Open())
        {
            Assert.Equal(Created.ToUnixTimeMilliseconds(), reopened.Epoch);
            Assert.Equal(2, reopened.LastSequence);
            Assert.Equal(3, await reopened.AppendAsync(Observations.Fixes(6, 1), [], _ct));
        }
    }

    [Fact]
    public async Task A_stored_batch_reads_back_as_the_wire_obs_array_it_was_given()
    {
        using var outbox = Open();
        var fixes = Observations.Fixes(0, 2);
        await outbox.AppendAsync(fixes, [], _ct);

        var stored = Assert.Single(await outbox.ReadAfterAsync(0, 10, _ct));
        var items = JsonSerializer.Deserialize<JsonElement>(stored.ObservationsJson.Span);
        Assert.Equal((1L, 2), (stored.Sequence, stored.Count));
        Assert.Equal("gps", items[0].GetProperty("t").GetString());
        Assert.Equal("2026-12-03T07:00:01.000Z", items[1].GetProperty("ts").GetString());
        Assert.Equal(Observations.Fix(1).Latitude, items[1].GetProperty("lat").GetDouble()); // full precision, never rounded
    }

    [Fact]
    public async Task A_checkpoint_is_stored_with_its_batch_and_a_failure_between_them_stores_neither()
    {
        using (var outbox = Open())
        {
            await outbox.AppendAsync(Observations.Fixes(0, 2), [new SourceCheckpoint("file:a", 2, 14)], _ct);

            // The batch row is written first; the broken checkpoint then fails inside the same transaction.
            await Assert.ThrowsAnyAsync<Exception>(async () =>
                await outbox.AppendAsync(Observations.Fixes(2, 2), [new SourceCheckpoint("file:a", 4, 30), new SourceCheckpoint(null!, 1, 1)], _ct));

            Assert.Equal(1, outbox.LastSequence);
            Assert.Equal(new SourceCheckpoint("file:a", 2, 14), outbox.GetCheckpoint("file:a"));
            Assert.Equal(2, await outbox.AppendAsync(Observations.Fixes(2, 2), [new SourceCheckpoint("file:a", 4, 30)], _ct));
        }

        using var reopened = Open();
        Assert.Equal([1L, 2L], (await reopened.ReadAfterAsync(0, 10, _ct)).Select(b => b.Sequence));
        Assert.Equal(new SourceCheckpoint("file:a", 4, 30), reopened.GetCheckpoint("file:a"));
        Assert.Null(reopened.GetCheckpoint("file:b"));
    }

    [Fact]
    public async Task Batches_are_deleted_only_by_the_hubs_acknowledgement_and_stay_deleted()
    {
        using (var outbox = Open())
        {
            for (var i = 0; i < 3; i++)
            {
                await outbox.AppendAsync(Observations.Fixes(i, 1), [], _ct);
            }

            Assert.Equal(3, outbox.Depth);
            Assert.Equal(2, await outbox.AcknowledgeAsync(2, _ct));
            Assert.Equal(2, await outbox.AcknowledgeAsync(1, _ct)); // an older ack changes nothing
            Assert.Equal([3L], (await outbox.ReadAfterAsync(0, 10, _ct)).Select(b => b.Sequence));
            Assert.Equal(1, outbox.Depth);
        }

        using var reopened = Open();
        Assert.Equal((2L, 1), (reopened.AcknowledgedSequence, reopened.Depth));
        Assert.Equal(3, await reopened.AcknowledgeAsync(99, _ct)); // beyond the last batch: capped to it
        Assert.Equal(0, reopened.Depth);
        Assert.Equal(4, await reopened.AppendAsync(Observations.Fixes(9, 1), [], _ct));
    }

    [Fact]
    public async Task A_full_outbox_holds_the_next_batch_back_until_an_acknowledgement_makes_room()
    {
        using var outbox = SqliteOutbox.Open(_dir.Path, "north-gate", new OutboxOptions { MaxMegabytes = 1 }, _time);
        var big = Observations.Fixes(0, 6000); // ~1 MB of JSON
        await outbox.AppendAsync(big, [], _ct);
        Assert.True(outbox.Bytes > 1024 * 1024 / 2);

        var second = outbox.AppendAsync(big, [], _ct).AsTask();
        Assert.False(second.IsCompleted);
        Assert.Equal(1, outbox.LastSequence);

        await outbox.AcknowledgeAsync(1, _ct);
        Assert.Equal(2, await second.WaitAsync(TimeSpan.FromSeconds(10), _ct));
    }

    [Fact]
    public async Task A_state_directory_that_belongs_to_another_gateway_is_refused_with_the_reason()
    {
        using (var outbox = Open())
        {
            await outbox.AppendAsync(Observations.Fixes(0, 1), [], _ct);
        }

        var refused = Assert.Throws<OutboxStateException>(() => SqliteOutbox.Open(_dir.Path, "south-gate", new OutboxOptions(), _time));
        Assert.Contains("gateway 'north-gate', not 'south-gate'", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();

    private SqliteOutbox Open() => SqliteOutbox.Open(_dir.Path, "north-gate", new OutboxOptions(), _time);
}

using Microsoft.EntityFrameworkCore;
using TrackHub.Domain.Checkpoints;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Persistence.Rows;

namespace TrackHub.Hub.Tests.Persistence;

public abstract partial class HubStoreContract
{
    [Fact]
    public async Task The_engine_checkpoint_is_stored_with_its_commit_and_replaced_by_the_next_one()
    {
        var half = HalfReadPassage();
        await Store.SaveAsync(new PipelineCommit { Batches = [Sample.Batch(1)], Checkpoint = half }, Ct);
        Same.Json(half, (await Store.LoadAsync(Ct)).Checkpoint);

        var done = new EngineCheckpoint { EventClock = Sample.At(9) };
        await Store.SaveAsync(new PipelineCommit { Batches = [Sample.Batch(2)], Passages = [Sample.Passage("pass-1", 1.2)], Checkpoint = done }, Ct);

        var loaded = (await Store.LoadAsync(Ct)).Checkpoint!;
        Assert.True(loaded.IsEmpty);
        Assert.Equal(Sample.At(9), loaded.EventClock);
        await using var db = NewContext();
        var row = Assert.Single(db.EngineCheckpoints);
        Assert.Equal((EngineCheckpointRow.SingleId, EngineCheckpoint.CurrentFormat, Sample.At(9), Clock.GetUtcNow()), (row.Id, row.Format, row.EventClock, row.SavedAt));
    }

    [Fact]
    public async Task A_checkpoint_is_written_or_rolled_back_with_its_commit()
    {
        await Store.SaveAsync(new PipelineCommit { Batches = [Sample.Batch(1)], Checkpoint = new EngineCheckpoint { EventClock = Sample.At(0) } }, Ct);

        await Assert.ThrowsAsync<DbUpdateException>(() => Store.SaveAsync(new PipelineCommit { Batches = [Sample.Batch(1)], Checkpoint = HalfReadPassage() }, Ct));

        Assert.True((await Store.LoadAsync(Ct)).Checkpoint!.IsEmpty);
    }

    [Fact]
    public async Task A_stored_checkpoint_that_cannot_be_read_is_left_out_and_the_rest_still_loads()
    {
        await Store.SaveAsync(new PipelineCommit { Assets = [Sample.Drill()] }, Ct);
        await using (var db = NewContext())
        {
            db.EngineCheckpoints.Add(new EngineCheckpointRow { Id = EngineCheckpointRow.SingleId, Format = 1, SavedAt = Sample.At(0), Document = """{"format":1,"gateTracks":{"main-gate":[]}}""" });
            await db.SaveChangesAsync(Ct);
        }

        var snapshot = await Store.LoadAsync(Ct);

        Assert.Null(snapshot.Checkpoint);
        Assert.Equal("tool-001", Assert.Single(snapshot.Assets).Id);
    }

    /// <summary>A tag read outside the main gate, not yet inside; the clock has moved on by part of a millisecond.</summary>
    private static EngineCheckpoint HalfReadPassage() => new()
    {
        EventClock = Sample.At(0.5).AddTicks(1234),
        GateTracks =
        [
            new GateTrackCheckpoint("main-gate", "30340242201d884000000001", new SideReadsCheckpoint(Sample.At(0), Sample.At(0.2), Sample.At(0.5), Sample.Ref(1), Sample.Ref(2, 3)), null, Sample.At(0.5)),
        ],
        OpenPassages =
        [
            new OpenPassageCheckpoint
            {
                Gate = "main-gate",
                Direction = PassageDirection.Out,
                FirstCrossedAt = Sample.At(-1),
                LastCrossedAt = Sample.At(-1),
                Started = Sample.At(-2),
                Ended = Sample.At(-0.9),
                Assets = [new CrossingCheckpoint("tool-003", Sample.At(-2), Sample.At(-0.9), Sample.At(-1), [Sample.Ref(1, 1)])],
                People = ["p-amy"],
                Evidence = [Sample.Ref(1, 1)],
            },
        ],
        Assets =
        [
            new AssetCheckpoint { AssetId = "tool-001", Sightings = [new BleSightingCheckpoint("rx-yard", "yard", -71.5, Sample.At(0.1))], LocationCheckedAt = Sample.At(0.1) },
            new AssetCheckpoint { AssetId = "gen-7", RunHoursRecordedAt = Sample.At(-300), SuspectCounter = new SuspectCounterCheckpoint(5.05, Sample.At(-60)) },
        ],
    };
}

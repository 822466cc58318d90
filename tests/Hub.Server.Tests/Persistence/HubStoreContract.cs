using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrackHub.Domain.Model;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Persistence.Queries;

namespace TrackHub.Hub.Tests.Persistence;

/// <summary>What the pipeline relies on from the store, run on every provider (see the derived classes).</summary>
public abstract partial class HubStoreContract : StoreTestBase
{
    [Fact]
    public async Task Migrating_an_empty_database_applies_every_migration_and_a_second_run_changes_nothing()
    {
        await using (var db = NewContext())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        }

        await Store.MigrateAsync(Ct);

        var snapshot = await Store.LoadAsync(Ct);
        Assert.Null(snapshot.Configuration);
        Assert.Empty(snapshot.Assets);
        Assert.Empty(snapshot.Streams);
        Assert.Equal(new IngestStats(0, 0, 0, 0, new Dictionary<string, long>()), await Services.GetRequiredService<IngestQueries>().StatsAsync(Ct), IngestStatsComparer.Instance);
    }

    [Fact]
    public async Task Everything_saved_in_a_commit_loads_back_unchanged()
    {
        var document = Sample.DemoSite();
        var commit = new PipelineCommit
        {
            Configuration = new StoredConfiguration(1, Sample.At(-1000), document, "first import"),
            Assets = [Sample.Drill(), Sample.Generator()],
            UnknownTags = [Sample.Unknown("epc:e2801160600002054cc2096f", 10)],
            WorkOrders = [Sample.Order("wo-1", "gen-7", WorkOrderStatus.Open, -50), Sample.Order("wo-0", "gen-7", WorkOrderStatus.Done, -90000)],
            Passages = [Sample.Passage("pass-1", 3.2)],
            Streams = [new GatewayStreamState("north-gate", 1764748800000, 4711, [4713, 4715], 2)],
            Gateways = [Sample.Gateway("north-gate", 1764748800000, 4715)],
            Batches = [Sample.Batch(4711)],
        };

        await Store.SaveAsync(commit, Ct);
        var loaded = await Store.LoadAsync(Ct);

        Assert.Equal(1, loaded.Configuration!.Version);
        Assert.Equal("first import", loaded.Configuration.Note);
        Assert.Equal(Sample.At(-1000), loaded.Configuration.ImportedAt);
        Same.Json(document, loaded.Configuration.Document);
        Same.Json(commit.Assets.OrderBy(a => a.Id).ToList(), loaded.Assets.OrderBy(a => a.Id).ToList());
        Same.Json(commit.UnknownTags, loaded.UnknownTags);
        Same.Json([commit.WorkOrders[0]], loaded.OpenWorkOrders);
        Same.Json(commit.Passages, loaded.RecentPassages);
        Same.Json(commit.Streams, loaded.Streams);
        Same.Json(commit.Gateways, loaded.Gateways);

        var generator = loaded.Assets.Single(a => a.Id == "gen-7");
        Assert.Equal(1234.55, generator.RunHours!.Hours);
        Assert.Equal(MaintenanceStatus.DueSoon, generator.Maintenance[0].Status);
        var drill = loaded.Assets.Single(a => a.Id == "tool-001");
        Assert.Equal("Amy Clarke", drill.Custodian!.Name);
        Assert.Equal("yard", drill.Location!.Zone);
        Assert.Equal(51.5073129, drill.Location.Lat);
    }

    [Fact]
    public async Task Saving_an_asset_again_replaces_its_state_and_its_tags()
    {
        await Store.SaveAsync(new PipelineCommit { Assets = [Sample.Drill()] }, Ct);
        var returned = Sample.Drill() with
        {
            Status = AssetStatus.Available,
            Custodian = null,
            Location = Sample.Drill().Location! with { Zone = "store", Since = Sample.At(100) },
            Tags = ["epc:30340242201d884000000099"],
        };

        await Store.SaveAsync(new PipelineCommit { Assets = [returned] }, Ct);

        Same.Json<IReadOnlyList<AssetState>>([returned], (await Store.LoadAsync(Ct)).Assets);
        Assert.Equal(["tool-001"], (await Assets.SearchAsync(new AssetSearch { Tag = "epc:30340242201d884000000099" }, PageRequest.First, Ct)).Items.Select(a => a.Id));
        Assert.Equal(0, (await Assets.SearchAsync(new AssetSearch { Tag = "epc:30340242201d884000000001" }, PageRequest.First, Ct)).Total);
    }

    [Fact]
    public async Task Removed_assets_are_kept_as_retired_with_their_history()
    {
        await Store.SaveAsync(new PipelineCommit { Assets = [Sample.Drill(), Sample.Generator()], Events = [Sample.Moved("tool-001", 1, "yard")] }, Ct);

        await Store.SaveAsync(new PipelineCommit { RemovedAssets = ["tool-001"] }, Ct);

        var loaded = await Store.LoadAsync(Ct);
        Assert.Equal(AssetStatus.Retired, loaded.Assets.Single(a => a.Id == "tool-001").Status);
        Assert.Equal(AssetStatus.InMaintenance, loaded.Assets.Single(a => a.Id == "gen-7").Status);
        Assert.Equal(1, (await Events.ForAssetAsync("tool-001", null, null, PageRequest.First, Ct)).Total);
    }

    [Fact]
    public async Task Unknown_tags_are_updated_in_place_and_leave_the_list_when_removed()
    {
        await Store.SaveAsync(new PipelineCommit { UnknownTags = [Sample.Unknown("epc:aa01", 10), Sample.Unknown("epc:aa02", 20)] }, Ct);
        await Store.SaveAsync(new PipelineCommit { UnknownTags = [Sample.Unknown("epc:aa01", 30) with { Count = 9 }], RemovedUnknownTags = ["epc:aa02"] }, Ct);

        var tags = (await Store.LoadAsync(Ct)).UnknownTags;

        var only = Assert.Single(tags);
        Assert.Equal(("epc:aa01", 9L, Sample.At(30)), (only.Key, only.Count, only.LastSeen));
    }

    [Fact]
    public async Task A_commit_with_a_batch_already_stored_fails_whole_and_leaves_nothing_behind()
    {
        await Store.SaveAsync(new PipelineCommit { Batches = [Sample.Batch(1)], Assets = [Sample.Drill()], Streams = [new GatewayStreamState("north-gate", 1764748800000, 1, [], 0)] }, Ct);
        var replay = new PipelineCommit
        {
            Batches = [Sample.Batch(2), Sample.Batch(1)],
            Events = [Sample.Moved("tool-001", 5, "workshop")],
            Assets = [Sample.Drill() with { Status = AssetStatus.Missing }, Sample.Generator()],
            DeadLetters = [Sample.DeadLetter("bad-epc", 5)],
            Streams = [new GatewayStreamState("north-gate", 1764748800000, 2, [], 0)],
            UnknownTags = [Sample.Unknown("epc:bb01", 5)],
            Passages = [Sample.Passage("pass-9", 5)],
        };

        await Assert.ThrowsAsync<DbUpdateException>(() => Store.SaveAsync(replay, Ct));

        var loaded = await Store.LoadAsync(Ct);
        Assert.Equal(AssetStatus.CheckedOut, Assert.Single(loaded.Assets).Status);
        Assert.Equal(1, Assert.Single(loaded.Streams).Watermark);
        Assert.Empty(loaded.UnknownTags);
        Assert.Empty(loaded.RecentPassages);
        var stats = await Services.GetRequiredService<IngestQueries>().StatsAsync(Ct);
        Assert.Equal((1L, 0L), (stats.Batches, stats.DeadLetters));
        Assert.Equal(0, (await Events.ForAssetAsync("tool-001", null, null, PageRequest.First, Ct)).Total);
    }

    [Fact]
    public async Task Only_the_50_newest_passages_load_newest_first()
    {
        await Store.SaveAsync(new PipelineCommit { Passages = [.. Enumerable.Range(1, 60).Select(i => Sample.Passage($"pass-{i:00}", i * 10))] }, Ct);

        var passages = (await Store.LoadAsync(Ct)).RecentPassages;

        Assert.Equal(50, passages.Count);
        Assert.Equal("pass-60", passages[0].Id);
        Assert.Equal("pass-11", passages[^1].Id);
    }

    [Fact]
    public async Task The_newest_configuration_version_is_the_active_one()
    {
        var first = Sample.DemoSite();
        var second = first with { Assets = [.. first.Assets.Take(2)] };
        await Store.SaveAsync(new PipelineCommit { Configuration = new StoredConfiguration(1, Sample.At(0), first, null) }, Ct);
        await Store.SaveAsync(new PipelineCommit { Configuration = new StoredConfiguration(2, Sample.At(60), second, "two assets") }, Ct);

        var active = await Services.GetRequiredService<ConfigurationQueries>().ActiveAsync(Ct);

        Assert.Equal((2L, "two assets"), (active!.Version, active.Note));
        Assert.Equal(2, active.Document.Assets.Count);
        Assert.Equal(2, (await Store.LoadAsync(Ct)).Configuration!.Version);
    }

    [Fact]
    public async Task A_commit_of_hundreds_of_batches_and_thousands_of_assets_is_stored_and_updated()
    {
        var assets = Enumerable.Range(0, 2500).Select(i => Sample.Drill($"tool-{i:0000}", $"Drill {i}", $"epc:3034{i:x20}")).ToList();
        await Store.SaveAsync(new PipelineCommit
        {
            Batches = [.. Enumerable.Range(1, 400).Select(i => Sample.Batch(i, items: 50, accepted: 49))],
            Assets = assets,
            Events = [.. assets.Select((a, i) => Sample.Moved(a.Id, i, "yard"))],
        }, Ct);

        await Store.SaveAsync(new PipelineCommit { Assets = [.. assets.Select(a => a with { Status = AssetStatus.Missing })] }, Ct);

        var loaded = await Store.LoadAsync(Ct);
        Assert.Equal(2500, loaded.Assets.Count(a => a.Status == AssetStatus.Missing));
        Assert.Equal(["epc:3034" + 1234.ToString("x20", System.Globalization.CultureInfo.InvariantCulture), "ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:10:7"], loaded.Assets.Single(a => a.Id == "tool-1234").Tags);
        var stats = await Services.GetRequiredService<IngestQueries>().StatsAsync(Ct);
        Assert.Equal((400L, 20000L, 19600L), (stats.Batches, stats.Observations, stats.AcceptedObservations));
    }

    private sealed class IngestStatsComparer : IEqualityComparer<IngestStats>
    {
        public static readonly IngestStatsComparer Instance = new();

        public bool Equals(IngestStats? x, IngestStats? y) =>
            x is not null && y is not null && (x.Batches, x.Observations, x.AcceptedObservations, x.DeadLetters) == (y.Batches, y.Observations, y.AcceptedObservations, y.DeadLetters)
            && x.DeadLettersByCode.OrderBy(p => p.Key).SequenceEqual(y.DeadLettersByCode.OrderBy(p => p.Key));

        public int GetHashCode(IngestStats obj) => obj.Batches.GetHashCode();
    }
}

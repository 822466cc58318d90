using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using TrackHub.Domain.Model;
using TrackHub.Hub.Tests.Support;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Tests.Pipeline;

public sealed class StorageRefusalTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("trackhub-refusal-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task A_change_that_storage_refuses_for_good_is_answered_with_the_reason_and_the_hub_goes_on()
    {
        await using var hub = await HubHost.StartAsync(dataDirectory: _data.FullName);

        // Someone wrote configuration version 2 behind the hub's back: the hub's own version 2 breaks the primary key.
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(_data.FullName, "trackhub.db")}"))
        {
            await db.OpenAsync(TestContext.Current.CancellationToken);
            await using var insert = db.CreateCommand();
            insert.CommandText = "INSERT INTO configuration_versions (version, imported_at, document, note) SELECT 2, imported_at, document, 'planted' FROM configuration_versions WHERE version = 1";
            await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var response = await hub.Http.PostAsJsonAsync("/api/tags/epc%3Ae2801160600002054cc2096f/assign", new { assetId = "tool-045" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("storing", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await hub.PublishAsync(Obs.Batch(1, Obs.Passage(Start, Obs.Outside, Obs.Inside, Obs.DrillEpc)));
        await hub.Commits.WaitForAsync(c => c.Passages.Count > 0, "a passage after the refusal");
        var drill = await hub.GetAsync<AssetView>("/api/assets/tool-001");
        Assert.Equal(("yard", AssetStatus.Available), (drill.Location!.Zone, drill.Status));
        Assert.DoesNotContain("epc:e2801160600002054cc2096f", (await hub.GetAsync<AssetView>("/api/assets/tool-045")).Tags);

        // The hub went back to the stored configuration: the tag is still nobody's.
        await hub.PublishAsync(Obs.Batch(2, [Obs.Rfid(Start.AddMinutes(1), Obs.Inside, "e2801160600002054cc2096f")]));
        await hub.Commits.WaitForAsync(c => c.UnknownTags.Any(t => t.Key == "epc:e2801160600002054cc2096f"), "the tag listed as unknown");
    }
}

using System.Text.Json;
using TrackHub.Domain;
using TrackHub.Domain.Configuration;
using TrackHub.Hub.Persistence;
using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;

namespace TrackHub.Hub.Pipeline;

public sealed partial class IngestPipeline
{
    private static SiteModel? Compile(SiteDocument document, out IReadOnlyList<string> errors)
    {
        var result = SiteModel.Compile(document);
        errors = result.Errors;
        return result.IsValid ? result.Model : null;
    }

    private void ImportConfiguration(SiteDocument document, string? note, TaskCompletionSource<CommandResult> completion)
    {
        var model = Compile(document, out var errors);
        if (model is null)
        {
            PipelineLog.ConfigurationRefused(_logger, string.Join("; ", errors));
            completion.TrySetResult(CommandResult.Invalid(errors));
            return;
        }

        var version = ApplyConfiguration(model, note ?? "imported");
        _group.Completions.Add((completion, CommandResult.Ok(version)));
    }

    private void AssignTag(string tagKey, string assetId, TaskCompletionSource<CommandResult> completion)
    {
        var outcome = TagAssignment.Assign(_engine.Model, tagKey, assetId);
        var refused = outcome.Status switch
        {
            TagAssignmentStatus.AlreadyAssigned => CommandResult.Ok(_configuration?.Version ?? 0),
            TagAssignmentStatus.InvalidTag => CommandResult.Invalid([outcome.Problem!]),
            TagAssignmentStatus.UnknownAsset => CommandResult.NotFound(outcome.Problem!),
            TagAssignmentStatus.OwnedByAnother => CommandResult.Conflict(outcome.Problem!),
            _ => null,
        };
        if (refused is not null)
        {
            completion.TrySetResult(refused);
            return;
        }

        var model = Compile(outcome.Document!, out var errors);
        if (model is null)
        {
            completion.TrySetResult(CommandResult.Invalid(errors));
            return;
        }

        // The engine records the TagAssigned event when it sees the tag newly owned.
        var version = ApplyConfiguration(model, $"tag {tagKey} assigned to {assetId}");
        _group.Completions.Add((completion, CommandResult.Ok(version)));
    }

    /// <summary>Switches the engine to a new model; the group stores it as the next configuration version.</summary>
    private long ApplyConfiguration(SiteModel model, string note)
    {
        // A change made now takes effect at the event clock's now: in a replay of old captures, that is the stream's time.
        var wall = _time.GetUtcNow();
        var now = _clock.Now(wall) ?? wall;
        _engine.Reconfigure(model, now, _group.Decisions);
        foreach (var asset in _engine.Assets)
        {
            _group.Decisions.ChangedAssets.Add(asset.Id); // names, tags and plans may have changed
        }

        var version = (_configuration?.Version ?? 0) + 1;
        _group.Configuration = new StoredConfiguration(version, wall, model.Document, note);
        PipelineLog.ConfigurationApplied(_logger, version, note);
        return version;
    }

    private async Task SeedAsync(string path, CancellationToken cancellationToken)
    {
        SiteDocument? document;
        try
        {
            await using var file = File.OpenRead(path);
            document = await JsonSerializer.DeserializeAsync(file, ConfigurationJsonContext.Default.SiteDocument, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Hub:SeedConfiguration '{path}' is not a valid configuration document: {ex.Message}", ex);
        }

        var model = Compile(document ?? new SiteDocument(), out var errors)
            ?? throw new InvalidOperationException($"Hub:SeedConfiguration '{path}' was refused: {string.Join("; ", errors)}");
        ApplyConfiguration(model, $"seeded from {Path.GetFileName(path)}");
        await CommitAsync(cancellationToken);
    }
}

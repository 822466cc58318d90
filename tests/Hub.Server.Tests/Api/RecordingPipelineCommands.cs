using System.Collections.Concurrent;
using TrackHub.Hub.Pipeline;
using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Tests.Api;

/// <summary>
/// Stands in for the pipeline only to check the HTTP mapping of the write endpoints: records each call and answers
/// with <see cref="NextResult"/>. The pipeline's own behaviour is tested end to end by its owner.
/// </summary>
public sealed class RecordingPipelineCommands : IPipelineCommands
{
    public ConcurrentQueue<(SiteDocument Document, string? Note)> Imports { get; } = new();

    public ConcurrentQueue<(string TagKey, string AssetId)> Assignments { get; } = new();

    public CommandResult NextResult { get; set; } = CommandResult.Ok(2);

    public Task<CommandResult> ImportConfigurationAsync(SiteDocument document, string? note, CancellationToken cancellationToken)
    {
        Imports.Enqueue((document, note));
        return Task.FromResult(NextResult);
    }

    public Task<CommandResult> AssignTagAsync(string tagKey, string assetId, CancellationToken cancellationToken)
    {
        Assignments.Enqueue((tagKey, assetId));
        return Task.FromResult(NextResult);
    }
}

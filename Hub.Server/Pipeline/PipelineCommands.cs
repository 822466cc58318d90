using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Pipeline;

/// <summary>Puts people's changes on the pipeline's queue and waits until they are stored (or refused).</summary>
public sealed class PipelineCommands(PipelineChannel channel) : IPipelineCommands
{
    public async Task<CommandResult> ImportConfigurationAsync(SiteDocument document, string? note, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<CommandResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        await channel.WriteAsync(new ImportConfigurationItem(document, note, completion), cancellationToken);
        return await completion.Task.WaitAsync(cancellationToken);
    }

    public async Task<CommandResult> AssignTagAsync(string tagKey, string assetId, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<CommandResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        await channel.WriteAsync(new AssignTagItem(tagKey, assetId, completion), cancellationToken);
        return await completion.Task.WaitAsync(cancellationToken);
    }
}

using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Pipeline;

/// <summary>
/// Changes people make through the API. They travel through the same ordered pipeline as observations, so the engine
/// has a single writer and a change never races a batch.
/// </summary>
public interface IPipelineCommands
{
    /// <summary>Checks and applies a configuration document; on failure nothing changes and the errors name the items.</summary>
    Task<CommandResult> ImportConfigurationAsync(SiteDocument document, string? note, CancellationToken cancellationToken);

    /// <summary>Gives a tag (unknown or not) to an asset, as a new configuration version.</summary>
    Task<CommandResult> AssignTagAsync(string tagKey, string assetId, CancellationToken cancellationToken);
}

/// <summary>The outcome of a command: success with the new configuration version, or the reasons it was refused.</summary>
public sealed record CommandResult(bool Succeeded, long? ConfigurationVersion, IReadOnlyList<string> Errors, CommandFailure Failure = CommandFailure.None)
{
    public static CommandResult Ok(long version) => new(true, version, []);

    public static CommandResult Invalid(IReadOnlyList<string> errors) => new(false, null, errors, CommandFailure.Invalid);

    public static CommandResult NotFound(string error) => new(false, null, [error], CommandFailure.NotFound);

    public static CommandResult Conflict(string error) => new(false, null, [error], CommandFailure.Conflict);
}

public enum CommandFailure
{
    None,
    Invalid,
    NotFound,
    Conflict,
}

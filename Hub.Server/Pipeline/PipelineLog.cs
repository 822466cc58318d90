namespace TrackHub.Hub.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Pipeline started: configuration version {Version}, {Assets} assets, {Streams} gateway streams")]
    public static partial void Started(ILogger logger, long version, int assets, int streams);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Envelope on {Topic} dead-lettered: {Code}: {Reason}")]
    public static partial void EnvelopeRejected(ILogger logger, string topic, string code, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Item {Index} of {Gateway}/{Epoch}/{Seq} dead-lettered: {Code}: {Reason}")]
    public static partial void ItemRejected(ILogger logger, string gateway, long epoch, long seq, int index, string code, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Storing a group of {Items} items failed (attempt {Attempt}); retrying in {Delay}")]
    public static partial void CommitFailed(ILogger logger, Exception exception, int items, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Configuration version {Version} applied ({Note})")]
    public static partial void ConfigurationApplied(ILogger logger, long version, string note);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Configuration refused: {Errors}")]
    public static partial void ConfigurationRefused(ILogger logger, string errors);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Gateway {Gateway} is {State}")]
    public static partial void GatewayState(ILogger logger, string gateway, string state);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "{Gateway}/{Epoch}: {Count} batches were never received before the gateway gave them up")]
    public static partial void SeqGap(ILogger logger, string gateway, long epoch, long count);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Critical, Message = "Storage refused a group of {Batches} batches for good; they are dead-lettered whole and the engine is reloaded")]
    public static partial void GroupRefused(ILogger logger, Exception exception, int batches);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Engine resumed from its checkpoint at event time {EventClock:o}: {Passages} open gate passages, {Tracks} tag tracks at gates, {Assets} assets with in-flight state")]
    public static partial void Resumed(ILogger logger, DateTimeOffset? eventClock, int passages, int tracks, int assets);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Engine checkpoint not fully restored: {Problem}")]
    public static partial void CheckpointSkipped(ILogger logger, string problem);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Error, Message = "Seed configuration {Path} could not be imported: {Errors}")]
    public static partial void SeedFailed(ILogger logger, string path, string errors);
}

using Microsoft.Extensions.Logging;

namespace TrackHub.Edge.Diagnostics;

/// <summary>The edge's structured log messages (event ids: 1xx pipeline, 2xx outbox, 3xx broker, 4xx sources, 5xx replay).</summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Debug, "Stored batch {Seq} with {Count} observations")]
    public static partial void BatchStored(ILogger logger, long seq, int count);

    [LoggerMessage(101, LogLevel.Warning, "{Source} at {Position}: rejected ({Code}): {Detail}")]
    public static partial void Rejected(ILogger logger, string source, long position, string code, string detail);

    [LoggerMessage(102, LogLevel.Information, "{Source}: resuming after {Emitted} observations (position {Position}) stored by an earlier run")]
    public static partial void SourceResuming(ILogger logger, string source, long emitted, long position);

    [LoggerMessage(103, LogLevel.Information, "{Source}: input ended")]
    public static partial void SourceEnded(ILogger logger, string source);

    [LoggerMessage(104, LogLevel.Error, "{Source}: stopped on an error")]
    public static partial void SourceFailed(ILogger logger, string source, Exception exception);

    [LoggerMessage(105, LogLevel.Error, "{Count} observations read but not stored: the outbox stayed full while stopping; file sources read them again next time, live ones lose them")]
    public static partial void NotStoredAtShutdown(ILogger logger, int count);

    [LoggerMessage(200, LogLevel.Information, "Outbox {Path}: gateway {Gateway}, epoch {Epoch}, {Depth} batches held, last seq {LastSeq}, acknowledged through {AckedSeq}")]
    public static partial void OutboxOpened(ILogger logger, string path, string gateway, long epoch, int depth, long lastSeq, long ackedSeq);

    [LoggerMessage(201, LogLevel.Warning, "Outbox full ({Bytes} bytes in {Depth} batches): sources paused until the hub acknowledges")]
    public static partial void OutboxFull(ILogger logger, long bytes, int depth);

    [LoggerMessage(300, LogLevel.Information, "Connected to {Broker} as {ClientId}; publishing from seq {From} (everything the hub has not acknowledged)")]
    public static partial void Connected(ILogger logger, string broker, string clientId, long from);

    [LoggerMessage(301, LogLevel.Warning, "Broker {Broker} unreachable ({Reason}); retrying in {RetrySeconds:0.#} s")]
    public static partial void BrokerUnreachable(ILogger logger, string broker, string reason, double retrySeconds);

    [LoggerMessage(302, LogLevel.Warning, "Lost the connection to {Broker} ({Reason}); reconnecting")]
    public static partial void ConnectionLost(ILogger logger, string broker, string reason);

    [LoggerMessage(303, LogLevel.Warning, "Hub acknowledgement stuck at seq {AckedSeq} for {Seconds:0.#} s with batches up to {SentSeq} sent; resending from {From}")]
    public static partial void AckStalled(ILogger logger, long ackedSeq, double seconds, long sentSeq, long from);

    [LoggerMessage(304, LogLevel.Debug, "Hub acknowledged through seq {Seq}")]
    public static partial void Acknowledged(ILogger logger, long seq);

    [LoggerMessage(305, LogLevel.Information, "Ignoring an acknowledgement for epoch {AckEpoch}: this gateway's outbox is epoch {Epoch}")]
    public static partial void AckForOtherEpoch(ILogger logger, long ackEpoch, long epoch);

    [LoggerMessage(306, LogLevel.Warning, "Ignoring a malformed acknowledgement on {Topic}: {Reason}")]
    public static partial void AckMalformed(ILogger logger, string topic, string reason);

    [LoggerMessage(307, LogLevel.Warning, "The hub acknowledges seq {AckSeq} of epoch {Epoch}, but this gateway has only assigned up to {LastSeq}")]
    public static partial void AckBeyondLast(ILogger logger, long ackSeq, long epoch, long lastSeq);

    [LoggerMessage(308, LogLevel.Error, "The broker refused batch {Seq}: {Reason}; reconnecting and retrying")]
    public static partial void PublishRefused(ILogger logger, long seq, string reason);

    [LoggerMessage(400, LogLevel.Information, "{Source}: connected to {Endpoint}")]
    public static partial void FeedConnected(ILogger logger, string source, string endpoint);

    [LoggerMessage(401, LogLevel.Warning, "{Source}: cannot read {Endpoint} ({Reason}); retrying in {RetrySeconds:0.#} s")]
    public static partial void FeedUnreachable(ILogger logger, string source, string endpoint, string reason, double retrySeconds);

    [LoggerMessage(500, LogLevel.Information, "Waiting for the hub to acknowledge: {Outstanding} batches outstanding (acknowledged through {AckedSeq} of {LastSeq})")]
    public static partial void WaitingForHub(ILogger logger, long outstanding, long ackedSeq, long lastSeq);

    [LoggerMessage(501, LogLevel.Information, "Waiting for the broker to accept: published through {PublishedSeq} of {LastSeq}")]
    public static partial void WaitingForBroker(ILogger logger, long publishedSeq, long lastSeq);
}

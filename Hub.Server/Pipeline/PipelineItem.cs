using TrackHub.Shared.Configuration;

namespace TrackHub.Hub.Pipeline;

/// <summary>One unit of work for the ordered pipeline: an MQTT message, a command from a person, or a clock tick.</summary>
public abstract record PipelineItem;

/// <summary>An MQTT message on a contract topic, copied out of the broker's buffers.</summary>
public sealed record MqttMessageItem(string Topic, byte[] Payload, DateTimeOffset ReceivedAt) : PipelineItem;

/// <summary>The event clock may move on: decisions that wait for time (closing a gate passage) can be made.</summary>
public sealed record TickItem(DateTimeOffset WallClock) : PipelineItem;

/// <summary>A configuration import (also used for tag assignment, which is a configuration change).</summary>
public sealed record ImportConfigurationItem(SiteDocument Document, string? Note, TaskCompletionSource<CommandResult> Completion) : PipelineItem;

public sealed record AssignTagItem(string TagKey, string AssetId, TaskCompletionSource<CommandResult> Completion) : PipelineItem;

namespace TrackHub.Edge.Outbox;

/// <summary>The state directory cannot be used as it is (another gateway's outbox, an unreadable file); the message says why.</summary>
public sealed class OutboxStateException(string message, Exception? inner = null) : Exception(message, inner);

namespace TrackHub.Hub.Api;

/// <summary>The answer to an accepted change: the configuration version it created.</summary>
public sealed record CommandAccepted(long? ConfigurationVersion);

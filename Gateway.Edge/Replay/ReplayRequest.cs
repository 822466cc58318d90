namespace TrackHub.Edge.Replay;

/// <summary>What <c>replay</c> was asked to do beyond the sources: when to stop, and where the summary goes.</summary>
public sealed record ReplayRequest(int FileCount, bool NoWait, TextWriter Output);

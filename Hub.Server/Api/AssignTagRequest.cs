namespace TrackHub.Hub.Api;

/// <summary>Body of <c>POST /api/tags/{key}/assign</c>.</summary>
public sealed record AssignTagRequest(string? AssetId);

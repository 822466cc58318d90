namespace TrackHub.Edge.Sources;

/// <summary>
/// What a capture does not say about itself: the device that made GPS fixes or engine readings, the RFID reader or the
/// BLE receiver that heard the frames. Each format uses what it needs and ignores the rest.
/// </summary>
public sealed record CaptureContext(string Device, string? Reader = null, string? Receiver = null);

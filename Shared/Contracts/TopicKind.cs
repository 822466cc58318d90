namespace TrackHub.Shared.Contracts;

public enum TopicKind
{
    Unknown,
    Observations,
    Status,
    Ack,
}

namespace TrackHub.Hub.Persistence.Queries;

/// <summary>Which page to read: <see cref="Number"/> from 1, <see cref="Size"/> from 1 to <see cref="MaxSize"/>.</summary>
public sealed record PageRequest(int Number, int Size)
{
    public const int DefaultSize = 50;

    public const int MaxSize = 500;

    public static PageRequest First { get; } = new(1, DefaultSize);

    public int Skip => (Number - 1) * Size;
}

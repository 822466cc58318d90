using System.Threading.Channels;

namespace TrackHub.Hub.Realtime;

/// <summary>
/// Between the pipeline and SignalR. The pipeline must never wait for a slow browser, so this only <c>TryWrite</c>s;
/// when it is full the changes are not lost from the read model, and every screen is told to resync from a snapshot.
/// </summary>
public sealed class LiveBroadcastQueue
{
    public const int Capacity = 10_000;

    private readonly Channel<LiveBroadcast> _channel = Channel.CreateBounded<LiveBroadcast>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private int _overflowed;

    public ChannelReader<LiveBroadcast> Reader => _channel.Reader;

    /// <summary>How many change batches could not be queued (each one turned into a resync).</summary>
    public long Dropped { get; private set; }

    public void Enqueue(LiveBroadcast broadcast)
    {
        if (!_channel.Writer.TryWrite(broadcast))
        {
            Dropped++;
            Interlocked.Exchange(ref _overflowed, 1);
        }
    }

    /// <summary>True once after the queue overflowed: the broadcaster then sends a resync.</summary>
    public bool TakeOverflow() => Interlocked.Exchange(ref _overflowed, 0) == 1;
}

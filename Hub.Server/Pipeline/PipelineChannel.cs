using System.Threading.Channels;
using Microsoft.Extensions.Options;
using TrackHub.Hub.Hosting;

namespace TrackHub.Hub.Pipeline;

/// <summary>
/// The bounded queue in front of the pipeline. Writers of MQTT messages await <see cref="WriteAsync"/>, so a full queue
/// makes the broker wait instead of dropping a message it already counts as delivered.
/// </summary>
public sealed class PipelineChannel
{
    private readonly Channel<PipelineItem> _channel;

    public PipelineChannel(IOptions<HubOptions> options)
    {
        _channel = Channel.CreateBounded<PipelineItem>(new BoundedChannelOptions(options.Value.Ingest.ChannelCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public ChannelReader<PipelineItem> Reader => _channel.Reader;

    public int Count => _channel.Reader.Count;

    public ValueTask WriteAsync(PipelineItem item, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(item, cancellationToken);

    /// <summary>For ticks only: a tick may be skipped when the queue is full (the next one will come).</summary>
    public bool TryWrite(PipelineItem item) => _channel.Writer.TryWrite(item);
}

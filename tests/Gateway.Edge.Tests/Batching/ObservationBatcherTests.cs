using System.Threading.Channels;
using TrackHub.Edge.Batching;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Tests.Batching;

public sealed class ObservationBatcherTests
{
    private readonly SignalingTimeProvider _time = new(Observations.T0);
    private readonly Channel<SourceItem> _input = Channel.CreateUnbounded<SourceItem>();
    private readonly Channel<(List<Observation> Items, List<SourceCheckpoint> Checkpoints)> _flushed = Channel.CreateUnbounded<(List<Observation>, List<SourceCheckpoint>)>();

    [Fact]
    public async Task A_batch_closes_as_soon_as_it_holds_max_items()
    {
        var run = Start(maxItems: 3, maxDelayMs: 200);
        foreach (var fix in Observations.Fixes(0, 7))
        {
            await _input.Writer.WriteAsync(new SourceItem(fix, null), TestContext.Current.CancellationToken);
        }

        Assert.Equal(3, (await NextFlushAsync()).Items.Count);
        Assert.Equal(3, (await NextFlushAsync()).Items.Count);
        _input.Writer.Complete();
        Assert.Equal([Observations.Fix(6)], (await NextFlushAsync()).Items);
        await run;
    }

    [Fact]
    public async Task A_partial_batch_closes_when_its_first_item_has_waited_max_delay()
    {
        var run = Start(maxItems: 100, maxDelayMs: 200);
        foreach (var fix in Observations.Fixes(0, 5))
        {
            await _input.Writer.WriteAsync(new SourceItem(fix, null), TestContext.Current.CancellationToken);
        }

        Assert.Equal(TimeSpan.FromMilliseconds(200), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(_flushed.Reader.TryPeek(out _));

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(Observations.Fixes(0, 5), (await NextFlushAsync()).Items);
        _input.Writer.Complete();
        await run;
    }

    [Fact]
    public async Task Each_batch_carries_the_furthest_checkpoint_of_every_source_in_it()
    {
        var run = Start(maxItems: 3, maxDelayMs: 200);
        await _input.Writer.WriteAsync(new SourceItem(Observations.Fix(0), new SourceCheckpoint("a", 1, 10)), TestContext.Current.CancellationToken);
        await _input.Writer.WriteAsync(new SourceItem(Observations.Fix(1), new SourceCheckpoint("b", 1, 3)), TestContext.Current.CancellationToken);
        await _input.Writer.WriteAsync(new SourceItem(Observations.Fix(2), new SourceCheckpoint("a", 2, 12)), TestContext.Current.CancellationToken);
        _input.Writer.Complete();

        var batch = await NextFlushAsync();
        Assert.Equal([new SourceCheckpoint("a", 2, 12), new SourceCheckpoint("b", 1, 3)], batch.Checkpoints.OrderBy(c => c.Source));
        await run;
    }

    private Task Start(int maxItems, int maxDelayMs)
    {
        var batcher = new ObservationBatcher(new BatchingOptions { MaxItems = maxItems, MaxDelayMs = maxDelayMs }, _time);
        return batcher.RunAsync(_input.Reader, (items, checkpoints) =>
        {
            _flushed.Writer.TryWrite(([.. items], [.. checkpoints]));
            return ValueTask.CompletedTask;
        });
    }

    private async Task<(List<Observation> Items, List<SourceCheckpoint> Checkpoints)> NextFlushAsync() =>
        await _flushed.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
}

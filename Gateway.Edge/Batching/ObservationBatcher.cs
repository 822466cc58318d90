using System.Threading.Channels;
using TrackHub.Edge.Outbox;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Batching;

/// <summary>
/// Collects observations into batches: a batch closes when it holds <see cref="BatchingOptions.MaxItems"/> items or when
/// its first item has waited <see cref="BatchingOptions.MaxDelay"/> (measured on the <see cref="TimeProvider"/>).
/// Each closed batch goes to the flush callback with the furthest checkpoint of every source in it.
/// </summary>
public sealed class ObservationBatcher(BatchingOptions options, TimeProvider time)
{
    public delegate ValueTask FlushAsync(IReadOnlyList<Observation> observations, IReadOnlyCollection<SourceCheckpoint> checkpoints);

    /// <summary>Runs until <paramref name="reader"/> completes, flushing what is left at the end.</summary>
    public async Task RunAsync(ChannelReader<SourceItem> reader, FlushAsync flush)
    {
        while (await reader.WaitToReadAsync())
        {
            if (!reader.TryRead(out var first))
            {
                continue;
            }

            var observations = new List<Observation>(options.MaxItems) { first.Observation };
            var checkpoints = new Dictionary<string, SourceCheckpoint>(StringComparer.Ordinal);
            Track(checkpoints, first.Checkpoint);
            using (var deadline = new CancellationTokenSource(options.MaxDelay, time))
            {
                await FillAsync(reader, observations, checkpoints, deadline.Token);
            }

            await flush(observations, checkpoints.Values);
        }
    }

    private async Task FillAsync(ChannelReader<SourceItem> reader, List<Observation> observations, Dictionary<string, SourceCheckpoint> checkpoints, CancellationToken deadline)
    {
        while (observations.Count < options.MaxItems)
        {
            if (reader.TryRead(out var item))
            {
                observations.Add(item.Observation);
                Track(checkpoints, item.Checkpoint);
                continue;
            }

            try
            {
                if (!await reader.WaitToReadAsync(deadline))
                {
                    return; // input complete: flush what we have
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static void Track(Dictionary<string, SourceCheckpoint> checkpoints, SourceCheckpoint? checkpoint)
    {
        if (checkpoint is not null)
        {
            checkpoints[checkpoint.Source] = checkpoint;
        }
    }
}

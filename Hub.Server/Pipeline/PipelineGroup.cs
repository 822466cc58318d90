using TrackHub.Domain;
using TrackHub.Hub.Persistence;

namespace TrackHub.Hub.Pipeline;

/// <summary>
/// What one group of pipeline items produced, collected until it is stored in one transaction. After the commit the
/// lists belong to the commit and its observers, so <see cref="Reset"/> starts new ones rather than clearing them.
/// </summary>
internal sealed class PipelineGroup
{
    public DecisionSet Decisions { get; private set; } = new();

    public List<StoredBatch> Batches { get; private set; } = [];

    public List<DeadLetter> DeadLetters { get; private set; } = [];

    /// <summary>Commands to complete once the group is stored.</summary>
    public List<(TaskCompletionSource<CommandResult> Completion, CommandResult Result)> Completions { get; private set; } = [];

    public StoredConfiguration? Configuration { get; set; }

    public int Items { get; set; }

    public void Reset()
    {
        Decisions = new DecisionSet();
        Batches = [];
        DeadLetters = [];
        Completions = [];
        Configuration = null;
        Items = 0;
    }
}

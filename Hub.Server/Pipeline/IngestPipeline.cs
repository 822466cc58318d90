using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TrackHub.Domain;
using TrackHub.Domain.Model;
using TrackHub.Hub.Hosting;
using TrackHub.Hub.Persistence;
using TrackHub.Hub.Pipeline.Dedupe;
using TrackHub.Hub.Pipeline.Gateways;
using TrackHub.Shared.Configuration;
using TrackHub.Shared.Contracts;
using TrackHub.Shared.Contracts.Acknowledgement;

namespace TrackHub.Hub.Pipeline;

/// <summary>
/// The hub's single writer. It drains the <see cref="PipelineChannel"/> in groups and, for each MQTT batch, in this
/// order: decode → validate → dedupe → resolve (the domain engine) → persist (one transaction per group) → publish
/// (acknowledgements to gateways, changes to live views). Commands from people travel the same road.
/// </summary>
public sealed partial class IngestPipeline : BackgroundService
{
    private readonly PipelineChannel _channel;
    private readonly IHubStore _store;
    private readonly PipelineMetrics _metrics;
    private readonly IEnumerable<IPipelineObserver> _observers;
    private readonly HubOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<IngestPipeline> _logger;
    private readonly BatchDeduplicator _dedupe = new();
    private readonly GatewayRegistry _gateways = new();
    private readonly EventClock _clock = new();
    private readonly PipelineGroup _group = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TrackingEngine _engine = null!;
    private StoredConfiguration? _configuration;

    /// <summary>The engine's <see cref="TrackingEngine.InFlightVersion"/> that storage's checkpoint holds.</summary>
    private long _checkpointedVersion;

    public IngestPipeline(
        PipelineChannel channel,
        IHubStore store,
        PipelineMetrics metrics,
        IEnumerable<IPipelineObserver> observers,
        IOptions<HubOptions> options,
        TimeProvider time,
        ILogger<IngestPipeline> logger)
    {
        _channel = channel;
        _store = store;
        _metrics = metrics;
        _observers = observers;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Completes once storage is loaded and the pipeline takes work (health checks and tests wait on it).</summary>
    public Task Started => _started.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await LoadAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            _started.TrySetException(ex);
            throw;
        }

        var ticks = RunTicksAsync(stoppingToken);
        try
        {
            var reader = _channel.Reader;
            var maxGroup = _options.Ingest.MaxGroupSize;
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (_group.Items < maxGroup && reader.TryRead(out var item))
                {
                    _group.Items++;
                    if (Process(item))
                    {
                        break; // a configuration change is stored on its own, so each version is one commit
                    }
                }

                AdvanceClock();
                await CommitAsync(stoppingToken);
            }
        }
        finally
        {
            await ticks;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _store.MigrateAsync(cancellationToken);
        var snapshot = await _store.LoadAsync(cancellationToken);
        _configuration = snapshot.Configuration;
        var model = Compile(_configuration?.Document ?? new SiteDocument(), out var errors)
            ?? throw new InvalidOperationException("The stored configuration no longer compiles: " + string.Join("; ", errors));
        RestoreEngine(model, snapshot);
        _dedupe.Restore(snapshot.Streams);
        _gateways.Restore(snapshot.Gateways);

        var streams = _dedupe.All().ToStored();
        var state = new PipelineStartState(model, _engine.Assets, _engine.RecentPassages, _engine.OpenWorkOrders, _engine.UnknownTags, _gateways.All, streams);
        foreach (var observer in _observers)
        {
            observer.OnStarted(state);
        }

        PipelineLog.Started(_logger, _configuration?.Version ?? 0, _engine.Assets.Count, streams.Length);
        if (_configuration is null && _options.SeedConfiguration is { Length: > 0 } seed)
        {
            await SeedAsync(seed, cancellationToken);
        }

        _started.TrySetResult();
    }

    /// <summary>
    /// A new engine with the stored state and the in-flight state of the last checkpoint, so passages and sightings a
    /// stop interrupted are decided as if it had not happened. The time the hub was down does not count as event time:
    /// the clock moves on with the first observation after the restart (often the gateways' outbox replays of what
    /// they read meanwhile), so a tag's inside read that was waiting in an outbox still meets its outside read.
    /// </summary>
    private void RestoreEngine(SiteModel model, HubSnapshot snapshot)
    {
        _engine = new TrackingEngine(model);
        var problems = _engine.Restore(snapshot.Assets, snapshot.UnknownTags, snapshot.OpenWorkOrders, snapshot.RecentPassages, snapshot.Checkpoint);
        foreach (var problem in problems)
        {
            PipelineLog.CheckpointSkipped(_logger, problem);
        }

        if (snapshot.Checkpoint is { IsEmpty: false } checkpoint)
        {
            PipelineLog.Resumed(_logger, checkpoint.EventClock, checkpoint.OpenPassages.Count, checkpoint.GateTracks.Count, checkpoint.Assets.Count);
        }

        _checkpointedVersion = _engine.InFlightVersion;
    }

    /// <summary>The one place that says what happens to each kind of item. True when the group must be stored now.</summary>
    private bool Process(PipelineItem item)
    {
        switch (item)
        {
            case MqttMessageItem message:
                ProcessMessage(message);
                return false;
            case ImportConfigurationItem import:
                ImportConfiguration(import.Document, import.Note, import.Completion);
                return true;
            case AssignTagItem assign:
                AssignTag(assign.TagKey, assign.AssetId, assign.Completion);
                return true;
            default:
                return false; // a tick: the clock advances after every group
        }
    }

    private void ProcessMessage(MqttMessageItem message)
    {
        if (!Topics.TryParse(message.Topic, out var gateway, out var kind))
        {
            DeadLetterEnvelope(message, new Rejection(RejectionCodes.InvalidField, $"'{message.Topic}' is not a TrackHub topic"));
            return;
        }

        switch (kind)
        {
            case TopicKind.Observations:
                ProcessBatch(message, gateway);
                break;
            case TopicKind.Status:
                ProcessStatus(message, gateway);
                break;
        }
    }

    /// <summary>decode → validate → dedupe → resolve; the group stores and publishes the result.</summary>
    private void ProcessBatch(MqttMessageItem message, string topicGateway)
    {
        // 1. Decode and validate: a bad envelope is dead-lettered whole, a bad item alone.
        var read = WireReader.ReadBatch(message.Payload, topicGateway);
        if (read.Rejected is { } rejected)
        {
            DeadLetterEnvelope(message, rejected);
            return;
        }

        var batch = read.Batch!;

        // 2. Dedupe: each (gateway, epoch, seq) is applied at most once.
        var admitted = _dedupe.Admit(batch.Gateway, batch.Epoch, batch.Sequence, batch.Oldest);
        if (admitted.NewGaps > 0)
        {
            _metrics.Gaps(admitted.NewGaps);
            PipelineLog.SeqGap(_logger, batch.Gateway, batch.Epoch, admitted.NewGaps);
        }

        _gateways.ApplyBatch(batch.Gateway, batch.Epoch, batch.Sequence, message.ReceivedAt);
        if (!admitted.IsNew)
        {
            _metrics.BatchDuplicate();
            return;
        }

        foreach (var item in read.RejectedItems)
        {
            DeadLetterItem(message, batch, item);
        }

        _metrics.Tolerated(read.UnknownTypes.Count, read.UnknownFieldCount);

        // 3. Resolve: the domain engine decides, in the batch's order, with event time. An item from a clock that runs
        // ahead of ours is dead-lettered rather than allowed to drag the event clock into the future.
        var observations = batch.Observations;
        var wall = message.ReceivedAt;
        var latest = wall + _options.Ingest.MaxClockSkew;
        var applied = 0;
        for (var i = 0; i < observations.Count; i++)
        {
            var observation = observations[i];
            var index = read.SourceIndexes is { } indexes ? indexes[i] : i;
            if (observation.Timestamp > latest)
            {
                DeadLetterItem(message, batch, FromTheFuture(observation, index, wall));
                continue;
            }

            _clock.Observe(observation.Timestamp, wall);
            _engine.Apply(observation, new ObservationRef(batch.Gateway, batch.Epoch, batch.Sequence, index), _group.Decisions);
            applied++;
        }

        // 4. Keep the batch whole; it is stored with its effects in one transaction.
        _group.Batches.Add(new StoredBatch(batch.Gateway, batch.Epoch, batch.Sequence, message.ReceivedAt, batch.Sent, read.ItemCount, applied, message.Payload));
        _metrics.BatchApplied(applied);
    }

    private void ProcessStatus(MqttMessageItem message, string topicGateway)
    {
        if (message.Payload.Length == 0)
        {
            return; // a cleared retained status
        }

        GatewayStatus? status;
        try
        {
            status = JsonSerializer.Deserialize(message.Payload, WireJsonContext.Default.GatewayStatus);
        }
        catch (JsonException ex)
        {
            DeadLetterEnvelope(message, new Rejection(RejectionCodes.NotJson, ex.Message));
            return;
        }

        if (status is null || status.Version != WireContract.Version || status.Gateway != topicGateway)
        {
            DeadLetterEnvelope(message, new Rejection(RejectionCodes.InvalidField, "status must be a v1 status of the gateway the topic names"));
            return;
        }

        var site = _engine.Model.Document.Gateways.FirstOrDefault(g => g.Id == status.Gateway)?.Site;
        if (_gateways.ApplyStatus(status, message.ReceivedAt, site) is { } changed)
        {
            _group.Decisions.Events.Add(changed);
            PipelineLog.GatewayState(_logger, status.Gateway, status.Online ? "online" : "offline");
        }
    }

    private void DeadLetterEnvelope(MqttMessageItem message, Rejection rejection)
    {
        _metrics.EnvelopeRejected(rejection.Code);
        PipelineLog.EnvelopeRejected(_logger, message.Topic, rejection.Code, rejection.Detail);
        Topics.TryParse(message.Topic, out var gateway, out _);
        _group.DeadLetters.Add(new DeadLetter
        {
            ReceivedAt = message.ReceivedAt,
            Topic = message.Topic,
            Scope = "envelope",
            Code = rejection.Code,
            Reason = rejection.Detail,
            Gateway = gateway,
            Payload = message.Payload,
        });
    }

    private void DeadLetterItem(MqttMessageItem message, ObsBatch batch, ItemRejection item)
    {
        _metrics.ItemRejected(item.Reason.Code);
        PipelineLog.ItemRejected(_logger, batch.Gateway, batch.Epoch, batch.Sequence, item.Index, item.Reason.Code, item.Reason.Detail);
        _group.DeadLetters.Add(new DeadLetter
        {
            ReceivedAt = message.ReceivedAt,
            Topic = message.Topic,
            Scope = "item",
            Code = item.Reason.Code,
            Reason = item.Reason.Detail,
            Gateway = batch.Gateway,
            Epoch = batch.Epoch,
            Seq = batch.Sequence,
            ItemIndex = item.Index,
            Payload = System.Text.Encoding.UTF8.GetBytes(item.RawJson),
        });
    }

    private ItemRejection FromTheFuture(Observation observation, int index, DateTimeOffset wall) =>
        new(
            index,
            new Rejection(
                RejectionCodes.ClockSkew,
                $"'ts' {UtcTimestampConverter.Format(observation.Timestamp)} is {(observation.Timestamp - wall).TotalSeconds:F0} s ahead of the hub's clock " +
                $"(more than Hub:Ingest:MaxClockSkew {_options.Ingest.MaxClockSkew}); check the device's clock"),
            JsonSerializer.Serialize(observation, WireJsonContext.Default.Observation));

    private void AdvanceClock()
    {
        if (_clock.Now(_time.GetUtcNow()) is { } now)
        {
            _engine.Advance(now, _group.Decisions);
        }
    }

    private async Task RunTicksAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.Ingest.TickInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                _channel.TryWrite(new TickItem(_time.GetUtcNow()));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

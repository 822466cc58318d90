using Microsoft.Extensions.Logging.Abstractions;
using TrackHub.Edge.Outbox;
using TrackHub.Edge.Publishing;

namespace TrackHub.Edge.Tests.Support;

/// <summary>An outbox in a temp folder and a running <see cref="MqttPublisher"/> on it, with test-sized timings.</summary>
public sealed class PublishingEdge : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CancellationTokenSource _stop = new();
    private int _next;
    private Task? _run;

    private PublishingEdge(string gateway, string brokerUrl, PublisherOptions options, TimeProvider time)
    {
        Gateway = gateway;
        Outbox = SqliteOutbox.Open(_dir.Path, gateway, new OutboxOptions(), time);
        Publisher = new MqttPublisher(
            Outbox,
            new EdgeIdentity(gateway, "0.1.0-test", time.GetUtcNow(), ["jsonl:test"]),
            new BrokerOptions { Url = brokerUrl },
            options,
            time,
            TestMetrics.Create(),
            NullLogger<MqttPublisher>.Instance);
    }

    public string Gateway { get; }

    public SqliteOutbox Outbox { get; }

    public MqttPublisher Publisher { get; }

    /// <param name="time">
    /// The publisher's clock (default: the system's). With a fake one that the test does not advance, the wait for the
    /// retained acknowledgement, the stall timeout and reconnect backoff never run out on their own.
    /// </param>
    public static PublishingEdge Create(
        string brokerUrl, string gateway = "gw-test", int window = 256, double ackTimeoutSeconds = 15, TimeProvider? time = null) =>
        new(gateway, brokerUrl, new PublisherOptions
        {
            Window = window,
            AckTimeoutSeconds = ackTimeoutSeconds,
            ReconnectMinSeconds = 0.05,
            ReconnectMaxSeconds = 0.2,
        }, time ?? TimeProvider.System);

    public void Start() => _run = Publisher.RunAsync(_stop.Token);

    /// <summary>Stores <paramref name="batches"/> batches of two fixes each.</summary>
    public async Task AppendAsync(int batches)
    {
        for (var i = 0; i < batches; i++)
        {
            await Outbox.AppendAsync(Observations.Fixes(_next, 2), [], TestContext.Current.CancellationToken);
            _next += 2;
        }
    }

    /// <summary>Waits until the hub's acknowledgements have emptied the outbox.</summary>
    public Task DrainedAsync() =>
        Outbox.WaitForAcknowledgementAsync(Outbox.LastSequence, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Publisher.DisposeAsync();
        Outbox.Dispose();
        _stop.Dispose();
        _dir.Dispose();
    }
}

using System.Net;
using MQTTnet;
using MQTTnet.Packets;
using MQTTnet.Server;
using TrackHub.Testing;

namespace TrackHub.Edge.Tests.Support;

/// <summary>
/// An in-process MQTTnet broker on a loopback port. It can be stopped and a new one started on the same port (a
/// broker restart loses everything it held in memory, retained messages included), and it can be told to lose
/// messages it has accepted: PUBACK to the publisher, delivery to nobody — what a broker killed mid-flight does.
/// </summary>
public sealed class TestBroker : IAsyncDisposable
{
    private readonly List<List<long>> _arrivals = [];

    private MqttServer? _server;

    private TestBroker(int port) => Port = port;

    public int Port { get; }

    public string Url => $"mqtt://127.0.0.1:{Port}";

    /// <summary>Return true to lose a published message after accepting it.</summary>
    public Func<MqttApplicationMessage, bool>? Lose { get; set; }

    /// <summary>
    /// Runs before the broker sends a packet to a client (by client id); that client's outgoing packets wait until the
    /// returned task completes, while what the client sends is still processed — a broker slow to answer.
    /// </summary>
    public Func<string, MqttPacket, Task>? BeforeSending { get; set; }

    /// <summary>The seqs of observation batches as they arrived from publishers, one list per start of the broker.</summary>
    public IReadOnlyList<IReadOnlyList<long>> EdgeSequences
    {
        get
        {
            lock (_arrivals)
            {
                return [.. _arrivals.Select(a => (IReadOnlyList<long>)[.. a])];
            }
        }
    }

    public MqttServer Server => _server ?? throw new InvalidOperationException("the broker is stopped");

    public static async Task<TestBroker> StartAsync(int? port = null)
    {
        var broker = new TestBroker(port ?? FreePort.Next());
        await broker.StartAgainAsync();
        return broker;
    }

    /// <summary>A new, empty broker on the same port.</summary>
    public async Task StartAgainAsync()
    {
        var factory = new MqttServerFactory();
        var options = factory.CreateServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointPort(Port)
            .WithDefaultEndpointReuseAddress()
            .Build();

        // The default (250, drop oldest) silently discards messages for a slow subscriber; see DESIGN.md.
        options.MaxPendingMessagesPerClient = 100_000;
        var server = factory.CreateMqttServer(options);
        var arrivals = new List<long>();
        lock (_arrivals)
        {
            _arrivals.Add(arrivals);
        }

        server.InterceptingPublishAsync += e =>
        {
            if (e.ClientId.StartsWith("trackhub-edge-", StringComparison.Ordinal)
                && TrackHub.Shared.Contracts.Topics.TryParse(e.ApplicationMessage.Topic, out _, out var kind)
                && kind == TrackHub.Shared.Contracts.TopicKind.Observations)
            {
                var batch = TrackHub.Shared.Contracts.WireReader.ReadBatch(System.Buffers.BuffersExtensions.ToArray(e.ApplicationMessage.Payload)).Batch;
                lock (_arrivals)
                {
                    arrivals.Add(batch?.Sequence ?? -1);
                }
            }

            if (Lose?.Invoke(e.ApplicationMessage) == true)
            {
                e.ProcessPublish = false;
            }

            return Task.CompletedTask;
        };
        server.InterceptingOutboundPacketAsync += e => BeforeSending?.Invoke(e.ClientId, e.Packet) ?? Task.CompletedTask;
        await server.StartAsync();
        _server = server;
    }

    public async Task StopAsync()
    {
        if (_server is { } server)
        {
            _server = null;
            await server.StopAsync();
            server.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

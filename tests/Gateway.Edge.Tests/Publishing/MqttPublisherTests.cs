using System.Text;
using Microsoft.Extensions.Time.Testing;
using MQTTnet.Server;
using TrackHub.Edge.Tests.Support;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Tests.Publishing;

public sealed class MqttPublisherTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Batches_reach_the_hub_in_seq_order_and_the_hubs_acknowledgement_empties_the_outbox()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        await using var edge = PublishingEdge.Create(broker.Url);
        await edge.AppendAsync(20);
        edge.Start();
        await edge.AppendAsync(30);

        await edge.DrainedAsync();

        Assert.Equal(Enumerable.Range(1, 50).Select(n => (long)n), hub.Sequences);
        Assert.All(hub.Received, b => Assert.Equal((edge.Gateway, edge.Outbox.Epoch, 2), (b.Gateway, b.Epoch, b.Observations.Count)));
        Assert.Equal((0, 50L), (edge.Outbox.Depth, edge.Outbox.AcknowledgedSequence));
        Assert.Equal(0, hub.Gaps); // no seq given up: every envelope's oldest was right
        var online = hub.Statuses.First();
        Assert.Equal((true, edge.Outbox.Epoch, "0.1.0-test"), (online.Online, online.Epoch, online.SoftwareVersion));
        Assert.Equal(["jsonl:test"], online.Sources);
    }

    [Fact]
    public async Task A_broker_stopped_mid_stream_and_replaced_on_the_same_port_loses_nothing()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        await using var edge = PublishingEdge.Create(broker.Url);
        edge.Start();
        await edge.AppendAsync(10);
        await hub.WaitUntilAsync(h => h.DistinctSequences.Count >= 5, "the first batches");

        await broker.StopAsync();
        await edge.AppendAsync(15); // stored while no broker is there
        await broker.StartAgainAsync();
        await hub.ReconnectAsync();

        await edge.DrainedAsync();
        Assert.Equal(Enumerable.Range(1, 25).Select(n => (long)n).ToHashSet(), hub.DistinctSequences);
        Assert.Equal(0, hub.Gaps); // no seq given up: every envelope's oldest was right

        // What the hub sees interleaves the new broker's session redeliveries with the edge's resends, and the edge
        // may skip what an ack has covered meanwhile, so order is checked where the edge sends: at the broker.
        AssertRisingPerConnection(broker.EdgeSequences);
    }

    [Fact]
    public async Task Batches_a_killed_broker_accepted_but_never_delivered_are_resent_after_the_reconnect()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        await using var edge = PublishingEdge.Create(broker.Url);
        broker.Lose = message => SeqOf(message.Payload) > 3; // accepted (PUBACK) and held "in memory" only
        edge.Start();
        await edge.AppendAsync(8);
        await edge.Publisher.WaitForBrokerAsync(8, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Assert.True(edge.Outbox.Depth >= 5, "the broker's PUBACKs must not delete what the hub never acknowledged");

        await broker.StopAsync(); // and with it everything it held
        await broker.StartAgainAsync();
        broker.Lose = null;
        await hub.ReconnectAsync();

        await edge.DrainedAsync();
        Assert.Equal(Enumerable.Range(1, 8).Select(n => (long)n).ToHashSet(), hub.DistinctSequences);
        Assert.Equal(0, hub.Gaps); // no seq given up: every envelope's oldest was right
    }

    [Fact]
    public async Task A_hub_that_lost_its_state_acknowledges_the_batches_the_edge_still_holds()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var edge = PublishingEdge.Create(broker.Url);
        await using (var before = await TestHub.ConnectAsync(broker.Url))
        {
            edge.Start();
            await edge.AppendAsync(5);
            await edge.DrainedAsync();
        }

        // A hub restored without this gateway's stream: it never saw 1-5, and the edge no longer holds them.
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        await edge.AppendAsync(3);

        await edge.DrainedAsync(); // the envelope's 'oldest' tells the hub not to wait for 1-5
        Assert.Equal([6L, 7L, 8L], hub.Sequences.Order());
        Assert.Equal(0, hub.Gaps);
    }

    [Fact]
    public async Task Batches_the_hub_acknowledged_in_an_earlier_run_count_as_having_reached_the_broker()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var edge = PublishingEdge.Create(broker.Url);
        await edge.AppendAsync(3);
        await edge.Outbox.AcknowledgeAsync(3, TestContext.Current.CancellationToken); // as a run before this one left it

        edge.Start();

        // What 'replay --no-wait' waits for: it must not wait for a PUBACK of a batch that is never sent again.
        await edge.Publisher.WaitForBrokerAsync(3, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Assert.Equal(0, edge.Publisher.BrokerAcceptedSequence);
    }

    [Fact]
    public async Task A_stalled_acknowledgement_makes_the_edge_resend_everything_after_it_in_order()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        await using var edge = PublishingEdge.Create(broker.Url, ackTimeoutSeconds: 0.5);
        var lost = new HashSet<long>();
        broker.Lose = message => SeqOf(message.Payload) is 3 or 4 && lost.Add(SeqOf(message.Payload)); // once each
        edge.Start();
        await edge.AppendAsync(6);

        await edge.DrainedAsync();

        Assert.Equal(Enumerable.Range(1, 6).Select(n => (long)n).ToHashSet(), hub.DistinctSequences);
        var sequences = hub.Sequences.ToList();
        var resendStart = sequences.IndexOf(3);
        Assert.Equal([3L, 4L, 5L, 6L], sequences.Skip(resendStart).Take(4)); // resent in order after the ack (2)
        Assert.Contains(5L, sequences.Take(resendStart)); // 5 and 6 had arrived before: the hub dedupes
        Assert.Equal(0, hub.Gaps); // no seq given up: every envelope's oldest was right
    }

    [Fact]
    public async Task No_more_than_the_window_is_in_flight_without_an_acknowledgement()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        hub.Acknowledge = false;
        await using var edge = PublishingEdge.Create(broker.Url, window: 4, ackTimeoutSeconds: 0.3);
        await edge.AppendAsync(10);
        edge.Start();

        // The stalled ack makes the edge resend: seeing seq 1 twice proves it has stopped at the window.
        await hub.WaitUntilAsync(h => h.Sequences.Count(s => s == 1) >= 2, "a resend of seq 1");
        Assert.Equal(4, hub.Sequences.Max());

        hub.Acknowledge = true;
        await hub.PublishAckAsync(new HubAck { Gateway = edge.Gateway, Epoch = edge.Outbox.Epoch, Sequence = 4 });
        await edge.DrainedAsync();
        Assert.Equal(Enumerable.Range(1, 10).Select(n => (long)n).ToHashSet(), hub.DistinctSequences);
    }

    [Fact]
    public async Task After_connecting_the_edge_resends_only_what_the_hubs_retained_acknowledgement_does_not_cover()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        hub.Acknowledge = false;

        // The publisher's clock never moves: it sends only once the retained ack has come, however slow this machine is.
        await using var edge = PublishingEdge.Create(broker.Url, time: new FakeTimeProvider(Start));
        await edge.AppendAsync(5);
        await hub.PublishAckAsync(new HubAck { Gateway = edge.Gateway, Epoch = edge.Outbox.Epoch, Sequence = 3 });

        edge.Start();

        await hub.WaitUntilAsync(h => h.Sequences.Count >= 2, "the batches after the retained ack");
        Assert.Equal([4L, 5L], hub.Sequences.Take(2));
        Assert.Equal((3L, 2), (edge.Outbox.AcknowledgedSequence, edge.Outbox.Depth));
    }

    [Fact]
    public async Task Without_a_retained_acknowledgement_the_edge_waits_one_second_for_it_and_then_sends_everything()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        var time = new SignalingTimeProvider(Start);
        await using var edge = PublishingEdge.Create(broker.Url, time: time);
        await edge.AppendAsync(3);

        edge.Start();
        Assert.Equal(TimeSpan.FromSeconds(1), await time.NextTimerAsync());
        Assert.Empty(hub.Sequences);
        time.Advance(TimeSpan.FromSeconds(1));

        await edge.DrainedAsync();
        Assert.Equal([1L, 2L, 3L], hub.Sequences);
    }

    [Fact]
    public async Task Each_stall_doubles_the_wait_before_the_next_resend_and_an_advancing_acknowledgement_restores_it()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        hub.Acknowledge = false;
        var time = new SignalingTimeProvider(Start);
        await using var edge = PublishingEdge.Create(broker.Url, window: 4, ackTimeoutSeconds: 10, time: time);
        await edge.AppendAsync(6);
        edge.Start();
        Assert.Equal(TimeSpan.FromSeconds(1), await time.NextTimerAsync()); // no retained ack on a new broker
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(10), await time.NextTimerAsync()); // 1-4 sent, the window is full
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromSeconds(20), await time.NextTimerAsync()); // 1-4 resent
        await hub.WaitUntilAsync(h => h.Sequences.Count == 8, "the window sent twice");

        await hub.PublishAckAsync(new HubAck { Gateway = edge.Gateway, Epoch = edge.Outbox.Epoch, Sequence = 2 });
        Assert.Equal(TimeSpan.FromSeconds(10), await time.NextTimerAsync()); // 5 and 6 sent
        await hub.WaitUntilAsync(h => h.Sequences.Contains(6), "the batches the acknowledgement made room for");
        Assert.Equal([1L, 2L, 3L, 4L, 1L, 2L, 3L, 4L, 5L, 6L], hub.Sequences);
        Assert.Equal(0, hub.Gaps);
    }

    [Fact]
    public async Task A_malformed_acknowledgement_or_one_for_another_epoch_deletes_nothing()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        hub.Acknowledge = false;
        await using var edge = PublishingEdge.Create(broker.Url);
        await edge.AppendAsync(5);
        edge.Start();
        await hub.WaitUntilAsync(h => h.DistinctSequences.Count == 5, "all five batches");

        // Messages on one topic arrive in order: once the last ack is applied the others have been judged.
        await hub.PublishAckAsync(edge.Gateway, Encoding.UTF8.GetBytes("{\"v\":1,\"gw\":\"gw-test\",\"seq\":5"));
        await hub.PublishAckAsync(new HubAck { Gateway = edge.Gateway, Epoch = edge.Outbox.Epoch - 1000, Sequence = 5 });
        await hub.PublishAckAsync(new HubAck { Gateway = edge.Gateway, Epoch = edge.Outbox.Epoch, Sequence = 2 });

        await edge.Outbox.WaitForAcknowledgementAsync(2, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Assert.Equal((2L, 3), (edge.Outbox.AcknowledgedSequence, edge.Outbox.Depth));
    }

    [Fact]
    public async Task The_retained_status_says_online_at_connect_the_last_will_says_offline_and_a_clean_stop_says_offline_too()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        await using var edge = PublishingEdge.Create(broker.Url);
        edge.Start();
        await hub.WaitUntilAsync(h => h.Statuses.Count == 1, "the online status");

        await broker.Server.DisconnectClientAsync("trackhub-edge-" + edge.Gateway, MQTTnet.Protocol.MqttDisconnectReasonCode.UnspecifiedError);
        await hub.WaitUntilAsync(h => h.Statuses.Count >= 3, "the last will and the status after reconnecting");
        Assert.Equal([true, false, true], hub.Statuses.Take(3).Select(s => s.Online));

        await edge.StopAsync();
        await hub.WaitUntilAsync(h => h.Statuses.Count >= 4, "the offline status of a clean stop");
        var last = hub.Statuses[^1];
        Assert.Equal((false, edge.Outbox.Epoch), (last.Online, last.Epoch));
        var retained = await broker.Server.GetRetainedMessageAsync(Topics.Status(edge.Gateway));
        Assert.Contains("\"online\":false", Encoding.UTF8.GetString(retained.Payload), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_while_the_broker_has_not_yet_confirmed_the_subscription_still_says_offline()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var hub = await TestHub.ConnectAsync(broker.Url);
        await using var edge = PublishingEdge.Create(broker.Url);
        var subAckHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        broker.BeforeSending = (client, packet) =>
        {
            if (client != "trackhub-edge-" + edge.Gateway || packet is not MQTTnet.Packets.MqttSubAckPacket)
            {
                return Task.CompletedTask;
            }

            subAckHeld.TrySetResult();
            return release.Task;
        };
        edge.Start();
        await subAckHeld.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        try
        {
            // MQTTnet reports the cancelled SUBSCRIBE as a timeout: that must not pass for a lost connection.
            var stopping = edge.StopAsync();
            await hub.WaitUntilAsync(h => h.Statuses.Any(s => !s.Online), "the offline status of a stop");
            release.TrySetResult();
            await stopping;
        }
        finally
        {
            release.TrySetResult();
        }

        Assert.Equal([true, false], hub.Statuses.Select(s => s.Online));
    }

    private static long SeqOf(System.Buffers.ReadOnlySequence<byte> payload) =>
        WireReader.ReadBatch(System.Buffers.BuffersExtensions.ToArray(payload)).Batch?.Sequence ?? -1;

    /// <summary>Each broker instance (one edge connection) received the edge's batches in strictly rising seq order.</summary>
    private static void AssertRisingPerConnection(IReadOnlyList<IReadOnlyList<long>> connections)
    {
        foreach (var sequences in connections)
        {
            for (var i = 1; i < sequences.Count; i++)
            {
                Assert.True(sequences[i] > sequences[i - 1], $"seq {sequences[i]} was sent after {sequences[i - 1]} on one connection");
            }
        }
    }
}

using System.Text;
using System.Text.Json;
using TrackHub.Shared.Contracts;

namespace TrackHub.Shared.Tests.Contracts;

/// <summary>What <see cref="WireJsonContext"/> puts on the wire: the contract's fields and nothing of our C# helpers.</summary>
public sealed class WireWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<Observation> EveryType() =>
    [
        new RfidObservation { Timestamp = At, Reader = "fx9600-1", Antenna = 2, Epc = "3074257bf7194e4000001a85", Rssi = -52.5, Count = 1 },
        new BleObservation { Timestamp = At, Receiver = "bay-3", BeaconId = "ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:10:7", Rssi = -71 },
        new GpsObservation { Timestamp = At, Device = "van-12", Latitude = 51.5073129, Longitude = -0.1276623 },
        new EngineObservation { Timestamp = At, Device = "gen-7", Hours = 1234.55 },
        new IoObservation { Timestamp = At, Device = "van-12", Ignition = true },
    ];

    [Theory]
    [MemberData(nameof(EveryType))]
    public void A_written_observation_carries_no_helper_properties_and_reads_back_without_unknown_fields(Observation observation)
    {
        var batch = new ObsBatch { Gateway = "north-gate", Epoch = 1764748800000, Sequence = 1, Observations = [observation] };
        var json = JsonSerializer.SerializeToUtf8Bytes(batch, WireJsonContext.Default.ObsBatch);

        using var document = JsonDocument.Parse(json);
        var item = document.RootElement.GetProperty("obs")[0];
        var names = item.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.DoesNotContain("TagKey", names);
        Assert.DoesNotContain("Type", names);
        Assert.Equal(observation.Type, item.GetProperty("t").GetString());

        var read = WireReader.ReadBatch(json);
        Assert.Equal(0, read.UnknownFieldCount);
        Assert.Equal(observation.TagKey, read.Batch!.Observations[0].TagKey);
    }

    [Fact]
    public void A_fifty_item_rfid_batch_is_about_six_kilobytes()
    {
        var items = Enumerable.Range(1, 50)
            .Select(i => (Observation)new RfidObservation
            {
                Timestamp = At.AddMilliseconds(10 * i), Reader = "fx9600-1", Antenna = 1 + (i % 2),
                Epc = $"30340242201d8840{i:x8}", Rssi = -40 - (i % 30), Count = 1,
            })
            .ToArray();
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new ObsBatch { Gateway = "north-gate", Epoch = 1764748800000, Sequence = 1, Sent = At, Observations = items },
            WireJsonContext.Default.ObsBatch);

        // DESIGN.md's broker measurements use ~6.3 KB batches; helper properties on the wire once made them ~9 KB.
        Assert.InRange(Encoding.UTF8.GetString(json).Length, 5_500, 7_000);
    }
}

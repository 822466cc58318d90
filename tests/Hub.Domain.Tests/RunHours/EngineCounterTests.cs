using TrackHub.Domain.Events;
using TrackHub.Domain.RunHours;
using TrackHub.Hub.Domain.Tests.Support;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.RunHours;

/// <summary>gen-7 counts run hours from its engine-hours counter (demo: <c>runHours: engine</c>).</summary>
public sealed class EngineCounterTests
{
    [Fact]
    public void A_counter_that_restarts_at_zero_continues_the_total_and_never_decreases()
    {
        var feed = new Feed(Demo.Model());
        var totals = new List<double>();
        foreach (var (reading, hour) in new[] { (1523.4, 0), (1523.9, 1), (0.0, 2), (0.5, 3) })
        {
            feed.Apply(Counter("gen-7", reading, T0.AddHours(hour)));
            totals.Add(feed.Asset("gen-7").RunHours!.Hours);
        }

        Assert.Equal([1523.4, 1523.9, 1523.9, 1524.4], totals.Select(h => Math.Round(h, 6)));
        var meter = feed.Asset("gen-7").RunHours!;
        Assert.Equal((RunHoursSources.Engine, 0.5, T0.AddHours(3)), (meter.Source, meter.LastCounter!.Value, meter.UpdatedAt));
        Assert.Empty(feed.Events<RunHoursAnomaly>());
    }

    [Fact]
    public void A_counter_passing_its_wrap_value_keeps_counting()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Counter("gen-7", 9999.8, T0, wrapAt: 10000));
        feed.Apply(Counter("gen-7", 0.3, T0.AddHours(0.5), wrapAt: 10000));

        Assert.Equal(10000.3, feed.Asset("gen-7").RunHours!.Hours, 6);
    }

    [Fact]
    public void A_single_glitched_reading_is_not_counted_and_says_why()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Counter("gen-7", 1523.40, T0));
        feed.Apply(Counter("gen-7", 12.30, T0.AddMinutes(1)));
        feed.Apply(Counter("gen-7", 1523.45, T0.AddMinutes(3)));

        Assert.Equal(1523.45, feed.Asset("gen-7").RunHours!.Hours, 6);
        var anomaly = Assert.Single(feed.Events<RunHoursAnomaly>());
        Assert.Equal((12.3, 1523.4, T0.AddMinutes(1)), (anomaly.Reading, anomaly.Hours, anomaly.Timestamp));
        Assert.Contains("not counted", anomaly.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replaced_counter_showing_other_hours_is_confirmed_by_its_next_reading_and_the_total_continues()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Counter("gen-7", 1526.40, T0));
        feed.Apply(Counter("gen-7", 800.00, T0.AddHours(1))); // a second-hand ECU
        feed.Apply(Counter("gen-7", 800.50, T0.AddHours(1.5)));
        feed.Apply(Counter("gen-7", 801.00, T0.AddHours(2)));

        Assert.Equal(1527.40, feed.Asset("gen-7").RunHours!.Hours, 6);
        Assert.Equal(2, feed.Events<RunHoursAnomaly>().Length);
    }

    [Fact]
    public void Readings_are_recorded_as_events_at_most_every_15_minutes()
    {
        var feed = new Feed(Demo.Model());
        for (var minute = 0; minute <= 60; minute++)
        {
            feed.Apply(Counter("gen-7", 1523.40 + (minute * 0.05 / 3), T0.AddMinutes(minute)));
        }

        var recorded = feed.Events<RunHoursRecorded>();
        Assert.Equal([0, 15, 30, 45, 60], recorded.Select(r => (int)(r.Timestamp - T0).TotalMinutes));
        Assert.Equal(1524.40, recorded[^1].Hours, 6);
    }

    [Fact]
    public void A_late_reading_does_not_change_the_total()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Counter("gen-7", 1524.0, T0.AddHours(1)));
        feed.Apply(Counter("gen-7", 1523.0, T0));

        Assert.Equal(1524.0, feed.Asset("gen-7").RunHours!.Hours);
    }

    [Fact]
    public void An_asset_set_to_count_ignition_ignores_its_engine_counter()
    {
        var feed = new Feed(Demo.Model());
        feed.Apply(Counter("van-1", 8000, T0));

        Assert.Null(feed.Asset("van-1").RunHours);
    }
}

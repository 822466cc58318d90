using TrackHub.Domain.RunHours;
using TrackHub.Hub.Domain.Tests.Support;
using TrackHub.Shared.Configuration;
using static TrackHub.Hub.Domain.Tests.Support.Obs;

namespace TrackHub.Hub.Domain.Tests.RunHours;

/// <summary>van-1 counts run hours from ignition (demo: <c>runHours: ignition</c>, gap limit 10 min).</summary>
public sealed class IgnitionTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_hour_in_the_evening_and_an_hour_next_morning_make_two_hours_and_the_night_counts_nothing()
    {
        var feed = new Feed(Demo.Model());
        ReportEveryFiveMinutes(feed, Day1.AddHours(17), Day1.AddHours(18), offAtEnd: true);
        ReportEveryFiveMinutes(feed, Day1.AddHours(24 + 7), Day1.AddHours(24 + 8), offAtEnd: true);

        var meter = feed.Asset("van-1").RunHours!;
        Assert.Equal(2.0, meter.Hours, 9);
        Assert.Equal(RunHoursSources.Ignition, meter.Source);
        Assert.Null(meter.IgnitionOnSince);
    }

    [Fact]
    public void With_the_reports_after_half_past_five_and_the_off_lost_the_gap_counts_nothing()
    {
        var feed = new Feed(Demo.Model());
        ReportEveryFiveMinutes(feed, Day1.AddHours(17), Day1.AddHours(17.5), offAtEnd: false);
        ReportEveryFiveMinutes(feed, Day1.AddHours(24 + 7), Day1.AddHours(24 + 8), offAtEnd: true);

        Assert.Equal(1.5, feed.Asset("van-1").RunHours!.Hours, 9);
    }

    [Fact]
    public void While_the_ignition_is_on_the_meter_shows_since_when()
    {
        var feed = new Feed(Demo.Model());
        ReportEveryFiveMinutes(feed, Day1.AddHours(17), Day1.AddHours(17.5), offAtEnd: false);

        var meter = feed.Asset("van-1").RunHours!;
        Assert.Equal((Day1.AddHours(17), 0.5), (meter.IgnitionOnSince, Math.Round(meter.Hours, 9)));
    }

    [Fact]
    public void Without_a_setting_the_first_source_that_reports_keeps_the_meter()
    {
        var document = Demo.Document();
        document = document with { Assets = [.. document.Assets.Select(a => a.Id == "gen-7" ? a with { RunHours = null } : a)] };
        var feed = new Feed(Demo.Compile(document));
        feed.Apply(Ignition("gen-7", true, T0));
        feed.Apply(Counter("gen-7", 1523.4, T0.AddMinutes(5)));
        feed.Apply(Ignition("gen-7", true, T0.AddMinutes(10)));

        var meter = feed.Asset("gen-7").RunHours!;
        Assert.Equal((RunHoursSources.Ignition, 10.0 / 60), (meter.Source, meter.Hours));
    }

    private static void ReportEveryFiveMinutes(Feed feed, DateTimeOffset from, DateTimeOffset to, bool offAtEnd)
    {
        for (var at = from; at <= to; at = at.AddMinutes(5))
        {
            feed.Apply(Ignition("van-1", !(offAtEnd && at == to), at));
        }
    }
}

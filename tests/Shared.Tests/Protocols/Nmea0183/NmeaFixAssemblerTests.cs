using TrackHub.Shared.Contracts;
using TrackHub.Shared.Protocols.Nmea0183;
using TrackHub.Shared.Tests.Support;

namespace TrackHub.Shared.Tests.Protocols.Nmea0183;

public sealed class NmeaFixAssemblerTests
{
    [Fact]
    public void Rmc_gga_and_vtg_of_one_epoch_merge_into_one_fix_that_comes_out_with_the_next_epoch()
    {
        var assembler = new NmeaFixAssembler("van-12");

        Assert.Equal(default, assembler.Push("$GNRMC,091503.000,A,4813.0509,N,00824.8699,E,6.56,175.87,101015,,,A,V*0B"));
        Assert.Equal(default, assembler.Push("$GNVTG,175.87,T,,M,6.56,N,12.1,K,A*28"));
        Assert.Equal(default, assembler.Push("$GNGGA,091503.000,4813.0509,N,00824.8699,E,1,12,0.7,766.2,M,47.4,M,,0000*48"));
        var next = assembler.Push("$GNRMC,091504.000,A,4813.0486,N,00824.8700,E,8.44,179.32,101015,,,A,V*04");

        var fix = next.Fix!;
        Assert.Null(next.Rejected);
        Assert.Equal(new DateTimeOffset(2015, 10, 10, 9, 15, 3, TimeSpan.Zero), fix.Timestamp);
        Assert.Equal(("van-12", 766.2, 0.7, 175.87), (fix.Device, fix.Altitude, fix.Hdop, fix.Heading));
        Assert.Null(fix.Accuracy);
        Assert.Equal(new DateTimeOffset(2015, 10, 10, 9, 15, 4, TimeSpan.Zero), assembler.Complete()!.Timestamp);
        Assert.Null(assembler.Complete());
    }

    [Fact]
    public void Vtg_supplies_speed_and_course_when_the_rmc_leaves_them_empty()
    {
        var fix = Run(
            "GPRMC,101500,A,5130.4388,N,00007.6597,W,,,031226,,,A",
            "GPVTG,92.0,T,,M,16.2,N,30.0,K,A",
            "GPGGA,101500,5130.4388,N,00007.6597,W,1,09,0.9,11.0,M,47.0,M,,").Fixes.Single();

        Assert.Equal(16.2 * 1852 / 3600, fix.Speed!.Value, 1e-12);
        Assert.Equal(92.0, fix.Heading);
    }

    [Fact]
    public void An_epoch_that_rmc_calls_void_gives_no_fix_even_when_gga_claims_one()
    {
        var replay = Run(
            "GPRMC,101500,V,5130.4388,N,00007.6597,W,,,031226,,,N",
            "GPGGA,101500,5130.4388,N,00007.6597,W,1,04,5.0,11.0,M,47.0,M,,");

        Assert.Empty(replay.Fixes);
        Assert.Empty(replay.Rejections);
    }

    [Fact]
    public void A_gga_only_receiver_is_refused_until_a_date_is_known_then_carries_it_across_midnight()
    {
        var replay = Run(
            "GPGGA,235958,5130.4388,N,00007.6597,W,1,09,0.9,11.0,M,47.0,M,,",
            "GPRMC,235959,A,5130.4388,N,00007.6597,W,0.0,,031226,,,A",
            "GPGGA,000000,5130.4388,N,00007.6597,W,1,09,0.9,11.0,M,47.0,M,,",
            "GPGGA,000001,5130.4388,N,00007.6597,W,1,09,0.9,11.0,M,47.0,M,,");

        var refused = Assert.Single(replay.Rejections);
        Assert.Equal(NmeaRejectionCodes.NoDate, refused.Reason.Code);
        Assert.Contains("23:59:58.000", refused.Reason.Detail, StringComparison.Ordinal);
        Assert.Equal(
            [
                new DateTimeOffset(2026, 12, 3, 23, 59, 59, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 4, 0, 0, 1, TimeSpan.Zero),
            ],
            replay.Fixes.Select(f => f.Timestamp));
    }

    [Fact]
    public void A_zda_dates_the_gga_of_its_epoch()
    {
        var fix = Run(
            "GPGGA,101500.50,5130.4388,N,00007.6597,W,2,09,0.9,11.0,M,47.0,M,,",
            "GPZDA,101500.50,03,12,2026,00,00").Fixes.Single();

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 10, 15, 0, 500, TimeSpan.Zero), fix.Timestamp);
        Assert.Null(fix.Speed);
    }

    [Fact]
    public void Complete_tells_why_the_pending_epoch_cannot_be_a_fix()
    {
        var assembler = new NmeaFixAssembler("gen-7");
        assembler.Push(NmeaText.Line("GPGGA,101500,5130.4388,N,00007.6597,W,1,09,0.9,11.0,M,47.0,M,,"));

        Assert.Null(assembler.Complete(out var rejected));
        Assert.Equal(NmeaRejectionCodes.NoDate, rejected!.Code);
    }

    [Fact]
    public void A_fix_dated_outside_the_contracts_years_is_refused_rather_than_sent()
    {
        var replay = Run(
            "GPGGA,000427.00,4808.9993,N,01135.0798,E,1,04,01.4,00460.0,M,0046.2,M,,",
            "GPZDA,000427.00,22,08,1999,,");

        Assert.Empty(replay.Fixes);
        var refused = Assert.Single(replay.Rejections);
        Assert.Equal(NmeaRejectionCodes.InvalidFix, refused.Reason.Code);
        Assert.Contains("1999", refused.Reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_without_a_time_is_refused_and_a_bad_field_does_not_end_the_epoch()
    {
        var assembler = new NmeaFixAssembler("van-12");
        Assert.Equal(NmeaRejectionCodes.NoTime, assembler.Push(NmeaText.Line("GPRMC,,A,5130.4388,N,00007.6597,W,,,031226,,,A")).Rejected!.Code);

        assembler.Push(NmeaText.Line("GPRMC,101500,A,5130.4388,N,00007.6597,W,1.0,,031226,,,A"));
        var bad = assembler.Push(NmeaText.Line("GPGGA,101501,5130.4388,N,00007.6597,W,one,09,0.9,11.0,M,47.0,M,,"));

        Assert.Equal(new Rejection(NmeaRejectionCodes.BadField, "GGA quality 'one' is not a whole number"), bad.Rejected);
        Assert.Null(bad.Fix);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 10, 15, 0, TimeSpan.Zero), assembler.Complete()!.Timestamp);
    }

    [Fact]
    public void Sentences_from_other_talkers_and_types_are_ignored_without_complaint()
    {
        var replay = Run(
            "HEHDT,274.07,T",
            "GPGSV,3,1,12,07,06,336,17",
            "PUBX,00,081350.00",
            "GPRMC,101500,A,5130.4388,N,00007.6597,W,,,031226,,,A");

        Assert.Empty(replay.Rejections);
        Assert.Single(replay.Fixes);
    }

    private static NmeaReplay Run(params string[] bodies) => NmeaReplay.Run(bodies.Select(NmeaText.Line).ToList());
}

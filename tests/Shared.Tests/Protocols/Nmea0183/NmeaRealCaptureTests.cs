using TrackHub.Testing.Captures;
using System.Text;
using System.Text.RegularExpressions;
using TrackHub.Shared.Protocols.Nmea0183;
using TrackHub.Shared.Tests.Support;
using TrackHub.Testing;

namespace TrackHub.Shared.Tests.Protocols.Nmea0183;

/// <summary>Real receiver captures from gpsd's regression suite, checked against gpsd's own answers (<c>.chk</c>).</summary>
public sealed partial class NmeaRealCaptureTests
{
    private static string Gps(string file) => RepoPaths.RealDataFile("gps", file);

    [Fact]
    public void Every_fix_of_the_ublox_drive_matches_gpsd_for_its_time()
    {
        var replay = NmeaReplay.Run(Gps("gpsd_nl2008u.log"));
        var gpsd = GpsdCheckFile.ReadTpv(Gps("gpsd_nl2008u.log.chk")).Where(t => t.HasFix && t.Time is not null).ToList();

        Assert.Empty(replay.Rejections);
        Assert.Equal(gpsd.Select(t => t.Time!.Value).Distinct(), replay.Fixes.Select(f => f.Timestamp));
        foreach (var fix in replay.Fixes)
        {
            foreach (var tpv in gpsd.Where(t => t.Time == fix.Timestamp))
            {
                Assert.Equal(tpv.Lat!.Value, fix.Latitude, GpsdTpv.DegreesTolerance);
                Assert.Equal(tpv.Lon!.Value, fix.Longitude, GpsdTpv.DegreesTolerance);
                Assert.Equal(tpv.Speed!.Value, fix.Speed!.Value, 0.0005);
            }
        }
    }

    [Fact]
    public void The_last_fix_of_the_ublox_drive_is_the_logs_last_valid_fix()
    {
        var replay = NmeaReplay.Run(Gps("gpsd_nl2008u.log"));
        var lastTpv = GpsdCheckFile.ReadTpv(Gps("gpsd_nl2008u.log.chk")).Last(t => t.HasFix);

        // $GNRMC,093453.000,A,4813.2480,N,00825.3129,E,0.00,281.08,101015,,,A,V + $GNGGA ...,1,12,0.6,723.7,M,...
        var last = replay.Fixes[^1];
        Assert.Equal(new DateTimeOffset(2015, 10, 10, 9, 34, 53, TimeSpan.Zero), last.Timestamp);
        Assert.Equal(lastTpv.Time, last.Timestamp);
        Assert.Equal(48.2208, last.Latitude, 1e-12);
        Assert.Equal(8 + (25.3129 / 60), last.Longitude, 1e-12);
        Assert.Equal(lastTpv.AltMsl, last.Altitude);
        Assert.Equal(0.6, last.Hdop);
        Assert.Equal(0.0, last.Speed);
        Assert.Equal(281.08, last.Heading);
        Assert.Null(last.Accuracy);
        Assert.Equal("test-gps", last.Device);
    }

    [Fact]
    public void Coordinates_keep_the_full_precision_of_the_sentence()
    {
        var first = NmeaReplay.Run(Gps("gpsd_nl2008u.log")).Fixes[0];

        // 4813.0535 N = 48 + 13.0535 / 60 = 48.21755833333…: gpsd prints 9 decimals, we keep every bit a double has.
        Assert.Equal(48.217558333333333, first.Latitude, 1e-14);
        Assert.Equal(8.414495, first.Longitude, 1e-14);
        Assert.Equal(765.8, first.Altitude);
    }

    [Fact]
    public void Speed_in_knots_arrives_in_metres_per_second()
    {
        var fixes = NmeaReplay.Run(Gps("gpsd_nl2008u.log")).Fixes;

        // $GNRMC,091507.000,...,10.09,187.74,... : 10.09 kn
        var moving = fixes.Single(f => f.Timestamp.TimeOfDay == new TimeSpan(9, 15, 7));
        Assert.Equal(10.09 * 1852 / 3600, moving.Speed!.Value, 1e-12);
        Assert.Equal(187.74, moving.Heading);
    }

    [Fact]
    public void The_magellan_log_with_lower_case_checksums_goes_from_no_fix_to_2d_fix_and_back()
    {
        var replay = NmeaReplay.Run(Gps("gpsd_magellan-ec10.log"));
        var gpsd = GpsdCheckFile.ReadTpv(Gps("gpsd_magellan-ec10.log.chk")).Where(t => t.HasFix).ToList();

        Assert.Empty(replay.Rejections);
        Assert.Equal(21, replay.Fixes.Count);
        Assert.Equal(gpsd.Select(t => t.Time!.Value), replay.Fixes.Select(f => f.Timestamp));
        Assert.Equal(new DateTimeOffset(2005, 6, 9, 20, 52, 6, TimeSpan.Zero), replay.Fixes[0].Timestamp);
        Assert.Equal(new DateTimeOffset(2005, 6, 9, 20, 52, 46, TimeSpan.Zero), replay.Fixes[^1].Timestamp);
        Assert.All(replay.Fixes, fix =>
        {
            // 4405.556 N, 12118.398 W: three decimals of a minute
            Assert.Equal(44.0926, fix.Latitude, 1e-12);
            Assert.Equal(-(121 + (18.398 / 60)), fix.Longitude, 1e-12);
            Assert.Equal(0.0, fix.Speed);
            Assert.Null(fix.Hdop);
            Assert.Null(fix.Altitude);
        });
    }

    [Fact]
    public void The_cold_boot_log_gives_its_one_good_fix_and_a_reason_for_every_bad_line()
    {
        var replay = NmeaReplay.Run(Gps("gpsd_gp-320fw-2019-04-07-coldboot.log"));
        var gpsd = GpsdCheckFile.ReadTpv(Gps("gpsd_gp-320fw-2019-04-07-coldboot.log.chk")).Where(t => t.HasFix && t.Time is not null);

        // $GPRMC,000345.03,A,4808.9993,N,01135.0798,E,000.1,000.0,070419,... + $GPGGA,000345.03,...,01.4,00459.9,M,...
        var fix = Assert.Single(replay.Fixes);
        var tpv = Assert.Single(gpsd);
        Assert.Equal(new DateTimeOffset(2019, 4, 7, 0, 3, 45, 30, TimeSpan.Zero), fix.Timestamp);
        Assert.Equal(tpv.Time, fix.Timestamp);
        Assert.Equal(tpv.Lat!.Value, fix.Latitude, GpsdTpv.DegreesTolerance);
        Assert.Equal(tpv.Lon!.Value, fix.Longitude, GpsdTpv.DegreesTolerance);
        Assert.Equal(459.9, fix.Altitude);
        Assert.Equal(1.4, fix.Hdop);
        Assert.Equal(0.1 * 1852 / 3600, fix.Speed!.Value, 1e-12);

        var unframed = replay.Lines
            .Select((line, index) => (Line: index + 1, Text: line))
            .Where(l => l.Text.Length > 0 && l.Text[0] != '#' && !IsIntactSentence(l.Text.TrimEnd()))
            .Select(l => l.Line)
            .ToList();
        Assert.Equal(48, unframed.Count);
        Assert.Equal(unframed, replay.Rejections.Where(r => r.Reason.Code != NmeaRejectionCodes.NoDate).Select(r => r.Line));
        Assert.All(replay.Rejections, r => Assert.True(r.Reason.Detail.Length > 20, r.Reason.ToString()));
    }

    [Theory]
    [InlineData(27, NmeaRejectionCodes.BadChecksum)] // $GPRMC,000344.03,A,4808.9992,N,4,02.3*05 (middle lost)
    [InlineData(36, NmeaRejectionCodes.Garbage)] // $GPRMC,000346.03,A,4808 + NUL bytes at the reboot
    [InlineData(37, NmeaRejectionCodes.Truncated)] // $PLCS,REV,... vendor banner without a checksum
    [InlineData(40, NmeaRejectionCodes.Glued)] // $GPGSA,...*1E$GPRMC,235949.00,...*44
    [InlineData(44, NmeaRejectionCodes.JunkAfterChecksum)] // $GPGSA,A,1,,,,,,,,,,,,,,,*1E0,*4E
    [InlineData(56, NmeaRejectionCodes.Truncated)] // $GPGSV,3,2,11,25,32,097
    [InlineData(63, NmeaRejectionCodes.NotASentence)] // ,,,,,,,,,,,,,*1E
    [InlineData(65, NmeaRejectionCodes.Truncated)] // $GP
    public void A_broken_line_of_the_cold_boot_log_is_rejected_with_the_reason_that_fits(int line, string code)
    {
        var replay = NmeaReplay.Run(Gps("gpsd_gp-320fw-2019-04-07-coldboot.log"));

        Assert.Equal(code, replay.Rejections.Single(r => r.Line == line).Reason.Code);
    }

    [Fact]
    public void The_cold_boot_fix_before_any_date_is_refused_with_that_reason_not_stamped_with_an_invented_date()
    {
        var replay = NmeaReplay.Run(Gps("gpsd_gp-320fw-2019-04-07-coldboot.log"));

        // $GPGGA,000343.03,4808.9993,N,01135.0798,E,1,... is valid, but the log's first RMC with a date comes later.
        var noDate = Assert.Single(replay.Rejections, r => r.Reason.Code == NmeaRejectionCodes.NoDate);
        Assert.Contains("00:03:43.030", noDate.Reason.Detail, StringComparison.Ordinal);
        Assert.Contains("no date", noDate.Reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_april_2019_rollover_log_refuses_the_minus_one_year_and_keeps_position_and_time_of_day()
    {
        var replay = NmeaReplay.Run(Gps("gpsd_april6_2019.log"));
        var tpv = GpsdCheckFile.ReadTpv(Gps("gpsd_april6_2019.log.chk")).Last();

        // $GPRMC,,V,,,,,,,,,,N is no fix and not an error; $GPRMC,000231.099,...,2208-1,... has a date no one can read.
        var rejected = Assert.Single(replay.Rejections);
        Assert.Equal((15, NmeaRejectionCodes.BadField), (rejected.Line, rejected.Reason.Code));
        Assert.Contains("'2208-1'", rejected.Reason.Detail, StringComparison.Ordinal);

        // $GPRMC,000231.42,A,4829.0005,N,00022.0016,E,0.16,212.28,220899,,,A
        var fix = Assert.Single(replay.Fixes);
        Assert.Equal(new TimeSpan(0, 0, 2, 31, 420), fix.Timestamp.TimeOfDay);
        Assert.Equal(tpv.Lat!.Value, fix.Latitude, GpsdTpv.DegreesTolerance);
        Assert.Equal(tpv.Lon!.Value, fix.Longitude, GpsdTpv.DegreesTolerance);
        Assert.Equal(212.28, fix.Heading);

        // The date is wrong for now: 220899 is GPS week 0 after the 1024-week rollover and really means 2019-04-07.
        // gpsd reads 1999-08-22, the 20yy rule gives 2099-08-22; rollover correction is a separate issue.
    }

    /// <summary>An independent check of what a good line looks like: one sentence, nothing after a matching checksum.</summary>
    private static bool IsIntactSentence(string line)
    {
        var match = IntactSentence().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var sum = Encoding.ASCII.GetBytes(match.Groups[1].Value).Aggregate(0, (a, b) => a ^ b);
        return sum == Convert.ToInt32(match.Groups[2].Value, 16);
    }

    [GeneratedRegex(@"^[$!]([\x20-\x7e-[$!*]]*)\*([0-9A-Fa-f]{2})$")]
    private static partial Regex IntactSentence();
}

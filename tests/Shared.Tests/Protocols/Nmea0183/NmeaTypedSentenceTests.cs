using TrackHub.Shared.Protocols.Nmea0183;
using TrackHub.Shared.Tests.Support;

namespace TrackHub.Shared.Tests.Protocols.Nmea0183;

public sealed class NmeaTypedSentenceTests
{
    [Fact]
    public void An_empty_rmc_is_no_fix_with_every_value_unknown()
    {
        var rmc = Rmc("$GNRMC,,V,,,,,,,,,,N*4D");

        Assert.False(rmc.HasFix);
        Assert.Equal('V', rmc.Status);
        Assert.Equal('N', rmc.Mode);
        Assert.Null(rmc.Time);
        Assert.Null(rmc.Latitude);
        Assert.Null(rmc.Longitude);
        Assert.Null(rmc.Speed);
        Assert.Null(rmc.Course);
        Assert.Null(rmc.Date);
    }

    [Fact]
    public void A_ublox_rmc_with_navigational_status_v_is_still_a_fix()
    {
        // NMEA 4.10 adds a navigational status after the mode; u-blox always sends V there, fix or not.
        var rmc = Rmc("$GNRMC,091503.000,A,4813.0509,N,00824.8699,E,6.56,175.87,101015,,,A,V*0B");

        Assert.True(rmc.HasFix);
        Assert.Equal(new TimeSpan(9, 15, 3), rmc.Time);
        Assert.Equal(new DateOnly(2015, 10, 10), rmc.Date);
        Assert.Equal(48 + (13.0509 / 60), rmc.Latitude!.Value, 1e-14);
        Assert.Equal(6.56 * 1852 / 3600, rmc.Speed!.Value, 1e-12);
        Assert.Equal(175.87, rmc.Course);
    }

    [Theory]
    [InlineData("GPRMC,120000,A,0000.0000,S,00000.0000,W,,,010120,,,A", 0.0, 0.0)]
    [InlineData("GPRMC,120000,A,3352.1280,S,15112.5240,E,,,010120,,,A", -33.8688, 151.2087333333333)]
    [InlineData("GPRMC,120000,A,4042.7683,N,07400.3617,W,,,010120,,,A", 40.712805, -74.006028333333)]
    public void Southern_and_western_hemispheres_are_negative(string body, double lat, double lon)
    {
        var rmc = Rmc(NmeaText.Line(body));

        Assert.Equal(lat, rmc.Latitude!.Value, 1e-9);
        Assert.Equal(lon, rmc.Longitude!.Value, 1e-9);
        Assert.Equal(new DateOnly(2020, 1, 1), rmc.Date);
    }

    [Theory]
    [InlineData("GPRMC,120000,A,4862.0000,N,00000.0000,E,,,010120,,,A", "latitude '4862.0000'")]
    [InlineData("GPRMC,120000,A,9100.0000,N,00000.0000,E,,,010120,,,A", "latitude '9100.0000'")]
    [InlineData("GPRMC,120000,A,4800.0000,X,00000.0000,E,,,010120,,,A", "hemisphere 'X'")]
    [InlineData("GPRMC,120000,A,4800.0000,N,00000.0000,E,,,310220,,,A", "'310220' is not a calendar date")]
    [InlineData("GPRMC,250000,A,4800.0000,N,00000.0000,E,,,010120,,,A", "time '250000'")]
    [InlineData("GPRMC,120000,A,4800.0000,N,00000.0000,E,fast,,010120,,,A", "speed 'fast'")]
    [InlineData("GPRMC,120000,Q,4800.0000,N,00000.0000,E,,,010120,,,A", "status 'Q'")]
    public void A_field_that_does_not_decode_is_named_in_the_reason(string body, string expected)
    {
        Assert.True(NmeaSentence.TryParse(NmeaText.Line(body), out var sentence, out _));

        Assert.False(RmcSentence.TryParse(sentence, out var rmc, out var problem));
        Assert.Null(rmc);
        Assert.StartsWith("RMC ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rmc_in_simulator_or_manual_mode_is_not_a_fix()
    {
        Assert.False(Rmc(NmeaText.Line("GPRMC,120000,A,4800.0000,N,00000.0000,E,,,010120,,,S")).HasFix);
        Assert.False(Rmc(NmeaText.Line("GPRMC,120000,A,4800.0000,N,00000.0000,E,,,010120,,,M")).HasFix);
        Assert.True(Rmc(NmeaText.Line("GPRMC,120000,A,4800.0000,N,00000.0000,E,,,010120,,,D")).HasFix);
    }

    [Fact]
    public void Gga_reads_quality_hdop_and_altitude_and_quality_zero_is_no_fix()
    {
        var gga = Gga("$GNGGA,091232.000,4813.0535,N,00824.8697,E,1,12,0.7,765.8,M,47.4,M,,0000*45");
        var none = Gga("$GPGGA,000430.00,0000.0000,N,00000.0000,E,0,00,0.0,,M,,M,,*5A");

        Assert.True(gga.HasFix);
        Assert.Equal((1, 12, 0.7, 765.8, 47.4), (gga.Quality, gga.Satellites, gga.Hdop, gga.Altitude, gga.GeoidSeparation));
        Assert.False(none.HasFix);
        Assert.Equal(0, none.Quality);
        Assert.Null(none.Altitude);
    }

    [Theory]
    [InlineData("GPGGA,120000,4800.0000,N,00000.0000,E,7,00,,,M,,M,,", false)]
    [InlineData("GPGGA,120000,4800.0000,N,00000.0000,E,8,00,,,M,,M,,", false)]
    [InlineData("GPGGA,120000,4800.0000,N,00000.0000,E,6,00,,,M,,M,,", true)]
    [InlineData("GPGGA,120000,4800.0000,N,00000.0000,E,4,00,,-12.5,M,,M,,", true)]
    public void Gga_manual_input_and_simulator_are_not_fixes_but_dead_reckoning_and_rtk_are(string body, bool fix)
    {
        Assert.Equal(fix, Gga(NmeaText.Line(body)).HasFix);
    }

    [Fact]
    public void Vtg_reads_true_course_and_speed_in_both_its_forms()
    {
        var modern = Vtg("$GNVTG,175.87,T,,M,6.56,N,12.1,K,A*28");
        var old = Vtg(NmeaText.Line("GPVTG,054.7,034.4,005.5,010.2"));
        var kmhOnly = Vtg(NmeaText.Line("GPVTG,054.7,T,,M,,N,36.0,K,A"));
        var invalid = Vtg("$GPVTG,,T,,M,,N,,K,N*2C");

        Assert.Equal(175.87, modern.Course);
        Assert.Equal(6.56 * 1852 / 3600, modern.Speed!.Value, 1e-12);
        Assert.Equal(54.7, old.Course);
        Assert.Equal(5.5 * 1852 / 3600, old.Speed!.Value, 1e-12);
        Assert.Equal(10.0, kmhOnly.Speed!.Value, 1e-12);
        Assert.False(invalid.IsValid);
        Assert.Null(invalid.Speed);
    }

    [Fact]
    public void Zda_carries_a_four_digit_year()
    {
        Assert.True(NmeaSentence.TryParse("$GNZDA,091232.000,10,10,2015,,*45", out var sentence, out _));
        Assert.True(ZdaSentence.TryParse(sentence, out var zda, out _));

        Assert.Equal(new DateOnly(2015, 10, 10), zda.Date);
        Assert.Equal(new TimeSpan(9, 12, 32), zda.Time);
    }

    [Fact]
    public void Fractions_of_a_second_keep_their_value_whatever_their_number_of_digits()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(99), Rmc(NmeaText.Line("GPRMC,000231.099,A,4829.0005,N,00022.0015,E,0.15,212.28,010120,,,A")).Time!.Value - new TimeSpan(0, 2, 31));
        Assert.Equal(new TimeSpan(0, 0, 2, 31, 420), Rmc("$GPRMC,000231.42,A,4829.0005,N,00022.0016,E,0.16,212.28,220899,,,A*59").Time);
    }

    private static RmcSentence Rmc(string line)
    {
        Assert.True(NmeaSentence.TryParse(line, out var sentence, out var rejected), rejected?.ToString());
        Assert.True(RmcSentence.TryParse(sentence, out var rmc, out var problem), problem);
        return rmc;
    }

    private static GgaSentence Gga(string line)
    {
        Assert.True(NmeaSentence.TryParse(line, out var sentence, out var rejected), rejected?.ToString());
        Assert.True(GgaSentence.TryParse(sentence, out var gga, out var problem), problem);
        return gga;
    }

    private static VtgSentence Vtg(string line)
    {
        Assert.True(NmeaSentence.TryParse(line, out var sentence, out var rejected), rejected?.ToString());
        Assert.True(VtgSentence.TryParse(sentence, out var vtg, out var problem), problem);
        return vtg;
    }
}

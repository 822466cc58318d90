using TrackHub.Shared.Protocols.Nmea0183;
using TrackHub.Shared.Tests.Support;

namespace TrackHub.Shared.Tests.Protocols.Nmea0183;

public sealed class NmeaSentenceTests
{
    [Theory]
    [InlineData("$GNRMC,091232.000,A,4813.0535,N,00824.8697,E,0.00,0.00,101015,,,A,V*06", "GN", "RMC", 13)]
    [InlineData("$GPRMC,205206.00,A,4405.556,N,12118.398,W,000.0,000.0,090605,0.0,E*49", "GP", "RMC", 11)]
    [InlineData("$GPRMC,205150.00,V,,,,,,,,,,,V*4a", "GP", "RMC", 13)]
    [InlineData("$GLGSV,3,3,11,86,68,359,45,87,30,276,45,94,68,359,,0*45", "GL", "GSV", 16)]
    [InlineData("$GPGGA,000343.03,4808.9993,N,01135.0798,E,1,04,01.4,00460.0,M,0046.2,M,,*56\r\n", "GP", "GGA", 14)]
    public void A_sentence_with_a_matching_checksum_splits_into_talker_type_and_fields(string line, string talker, string type, int fields)
    {
        Assert.True(NmeaSentence.TryParse(line, out var sentence, out var rejected));

        Assert.Null(rejected);
        Assert.Equal((talker, type, fields), (sentence.Talker, sentence.Type, sentence.Fields.Count));
    }

    [Fact]
    public void Empty_fields_stay_empty_and_a_missing_trailing_field_reads_as_empty()
    {
        Assert.True(NmeaSentence.TryParse("$GNRMC,,V,,,,,,,,,,N*4D", out var sentence, out _));

        Assert.Equal(string.Empty, sentence.Field(0));
        Assert.Equal("V", sentence.Field(1));
        Assert.Equal("N", sentence.Field(11));
        Assert.Equal(string.Empty, sentence.Field(40));
    }

    [Fact]
    public void Proprietary_and_encapsulated_sentences_are_framed_too()
    {
        Assert.True(NmeaSentence.TryParse(NmeaText.Line("PUBX,00,081350.00"), out var ublox, out _));
        Assert.True(NmeaSentence.TryParse("!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C", out var ais, out _));

        Assert.Equal(("P", "UBX"), (ublox.Talker, ublox.Type));
        Assert.Equal(("AI", "VDM"), (ais.Talker, ais.Type));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r")]
    [InlineData("# Name: NaviLock NL-8002U")]
    public void Blank_lines_and_gpsd_comment_lines_are_neither_sentences_nor_rejected(string line)
    {
        Assert.False(NmeaSentence.TryParse(line, out var sentence, out var rejected));

        Assert.Null(sentence);
        Assert.Null(rejected);
    }

    [Theory]
    [InlineData("$GNRMC,091232.000,A,4813.0535,N,00824.8697,E,0.00,0.00,101015,,,A,V*07", NmeaRejectionCodes.BadChecksum, "sums to 06")]
    [InlineData("$GNRMC,091232.000,A,4813.0535,N,00824.8697,E,0.00,0.00,101015,,,A,V", NmeaRejectionCodes.Truncated, "checksum")]
    [InlineData("$GNRMC,091232.000,A,4813.0535,N,00824.8697,E,0.00,0.00,101015,,,A,V*0", NmeaRejectionCodes.Truncated, "two hex digits")]
    [InlineData("$GPGSA,A,1,,,,,,,,,,,,,,,*1E$GPRMC,235949.00,V,0000.0000,N,00000.0000,E,,,161206,,,N*44", NmeaRejectionCodes.Glued, "column 29")]
    [InlineData("$GPGSA,A,1,,,,,,,,,,,,,,,*1E*43", NmeaRejectionCodes.JunkAfterChecksum, "3 characters")]
    [InlineData(",20,10,090,41*70", NmeaRejectionCodes.NotASentence, "'$'")]
    [InlineData("$GPRMC,000346.03,A,4808\0\0\0\0", NmeaRejectionCodes.Garbage, "0x00 at column 24")]
    [InlineData("$GPN*2C", NmeaRejectionCodes.BadChecksum, "sums to")]
    public void A_damaged_line_is_rejected_with_a_code_and_a_reason(string line, string code, string detail)
    {
        Assert.False(NmeaSentence.TryParse(line, out var sentence, out var rejected));

        Assert.Null(sentence);
        Assert.Equal(code, rejected!.Code);
        Assert.Contains(detail, rejected.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GPN,00000.0000,E")]
    [InlineData("11,23,87,270")]
    [InlineData("gprmc,1,2")]
    public void An_address_that_is_not_talker_and_type_is_rejected_even_with_a_good_checksum(string body)
    {
        Assert.False(NmeaSentence.TryParse(NmeaText.Line(body), out _, out var rejected));

        Assert.Equal(NmeaRejectionCodes.BadAddress, rejected!.Code);
    }
}

using System.Globalization;

namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>
/// Decodes the fields of one sentence. An empty field is unknown (null), never zero. The first field that is present
/// but does not decode is kept as <see cref="Problem"/>, named after the sentence and the field; later reads return null.
/// </summary>
internal ref struct NmeaFieldReader(NmeaSentence sentence)
{
    private const NumberStyles Unsigned = NumberStyles.AllowDecimalPoint;
    private const NumberStyles Signed = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    public string? Problem { get; private set; }

    /// <summary>Time of day <c>hhmmss</c> with any number of decimals of a second.</summary>
    public TimeSpan? Time(int index)
    {
        var field = sentence.Field(index);
        if (Skip(field))
        {
            return null;
        }

        var ok = field.Length >= 6 && AllDigits(field.AsSpan(0, 6))
            && (field.Length == 6 || (field[6] == '.' && (field.Length == 7 || AllDigits(field.AsSpan(7)))));
        if (!ok)
        {
            return Fail($"time '{field}' is not hhmmss.ss");
        }

        var (hours, minutes, seconds) = (TwoDigits(field, 0), TwoDigits(field, 2), TwoDigits(field, 4));
        if (hours > 23 || minutes > 59 || seconds > 59)
        {
            // A leap second (ss = 60) cannot be told apart from the next epoch's :00, so it is refused too.
            return Fail($"time '{field}' is not a time of day");
        }

        var ticks = ((((hours * 60L) + minutes) * 60) + seconds) * TimeSpan.TicksPerSecond;
        if (field.Length > 7)
        {
            // Seven decimals are ticks; more would be finer than any receiver measures.
            var fraction = field.AsSpan(7);
            var digits = fraction.Length > 7 ? fraction[..7] : fraction;
            ticks += long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) * Pow10(7 - digits.Length);
        }

        return TimeSpan.FromTicks(ticks);
    }

    /// <summary>Date <c>ddmmyy</c>; two-digit years are 20yy.</summary>
    public DateOnly? Date(int index)
    {
        var field = sentence.Field(index);
        if (Skip(field))
        {
            return null;
        }

        return field.Length == 6 && AllDigits(field)
            ? CalendarDate(2000 + TwoDigits(field, 4), TwoDigits(field, 2), TwoDigits(field, 0), field)
            : Fail($"date '{field}' is not ddmmyy");
    }

    public DateOnly? CalendarDate(int year, int month, int day, string text)
    {
        if (Problem is not null)
        {
            return null;
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : Fail($"date '{text}' is not a calendar date");
    }

    /// <summary>
    /// A coordinate <c>(d)ddmm.mmmm</c> and its hemisphere in the next field, to signed degrees at the full precision
    /// of the field: the arithmetic is decimal, so the only rounding is the final conversion to the nearest double.
    /// </summary>
    public double? Coordinate(int index, bool latitude)
    {
        var (value, hemisphere) = (sentence.Field(index), sentence.Field(index + 1));
        var name = latitude ? "latitude" : "longitude";
        if (Problem is not null || (value.Length == 0 && hemisphere.Length == 0))
        {
            return null;
        }

        if (!decimal.TryParse(value, Unsigned, CultureInfo.InvariantCulture, out var raw))
        {
            return Fail($"{name} '{value}' is not (d)ddmm.mmmm");
        }

        var (positive, negative) = latitude ? ("N", "S") : ("E", "W");
        if (hemisphere != positive && hemisphere != negative)
        {
            return Fail($"{name} hemisphere '{hemisphere}' is not {positive} or {negative}");
        }

        var whole = decimal.Truncate(raw / 100m);
        var minutes = raw - (whole * 100m);
        var limit = latitude ? 90m : 180m;
        var degrees = whole + (minutes / 60m);
        if (minutes >= 60m || degrees > limit)
        {
            return Fail($"{name} '{value}' is not a {name} ({degrees:0.######} degrees, {minutes} minutes)");
        }

        return (double)(hemisphere == negative ? -degrees : degrees);
    }

    public double? Number(int index, string name, bool allowNegative = false)
    {
        var field = sentence.Field(index);
        if (Skip(field))
        {
            return null;
        }

        return double.TryParse(field, allowNegative ? Signed : Unsigned, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            ? value
            : Fail($"{name} '{field}' is not a number");
    }

    public int? Integer(int index, string name)
    {
        var field = sentence.Field(index);
        if (Skip(field))
        {
            return null;
        }

        return AllDigits(field) && field.Length <= 9
            ? int.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture)
            : Fail($"{name} '{field}' is not a whole number");
    }

    /// <summary>A one-letter flag (status, mode) that must be one of <paramref name="allowed"/>.</summary>
    public char? Letter(int index, string name, string allowed)
    {
        var field = sentence.Field(index);
        if (Skip(field))
        {
            return null;
        }

        return field.Length == 1 && allowed.Contains(field[0], StringComparison.Ordinal)
            ? field[0]
            : Fail($"{name} '{field}' is not one of {allowed}");
    }

    /// <summary>A unit letter that, when present, must be the expected one.</summary>
    public void Unit(int index, string name, char expected)
    {
        var field = sentence.Field(index);
        if (!Skip(field) && (field.Length != 1 || field[0] != expected))
        {
            Fail($"{name} unit '{field}' is not {expected}");
        }
    }

    private readonly bool Skip(string field) => Problem is not null || field.Length == 0;

    private Nothing Fail(string problem)
    {
        Problem ??= $"{sentence.Type} {problem}";
        return default;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static int TwoDigits(string text, int at) => ((text[at] - '0') * 10) + (text[at + 1] - '0');

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Converts to any nullable, so <c>return Fail(...)</c> reads the same in every method.</summary>
    private readonly struct Nothing
    {
        public static implicit operator TimeSpan?(Nothing _) => null;

        public static implicit operator DateOnly?(Nothing _) => null;

        public static implicit operator double?(Nothing _) => null;

        public static implicit operator int?(Nothing _) => null;

        public static implicit operator char?(Nothing _) => null;
    }
}

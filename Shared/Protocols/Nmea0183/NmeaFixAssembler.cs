using System.Globalization;
using TrackHub.Shared.Contracts;

namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>
/// Turns NMEA lines into GPS fixes: one <see cref="GpsObservation"/> per receiver epoch (RMC/GGA/VTG of the same time
/// merged: position, date, speed and course from RMC; hdop, altitude and quality from GGA; speed/course from VTG when
/// RMC lacks them). Pure and single-threaded: one instance per receiver stream.
/// </summary>
/// <remarks>
/// An epoch ends when a sentence with another time of day arrives (RMC, GGA and ZDA carry one; VTG joins the epoch it
/// is sent in), so its fix comes out with the first line of the next epoch, or from <see cref="Complete()"/>. A
/// GGA-only receiver is stamped with the date of the last dated fix, moved on by a day when the time of day wraps
/// past midnight; before any date is known its fixes are refused with <see cref="NmeaRejectionCodes.NoDate"/>.
/// </remarks>
public sealed class NmeaFixAssembler
{
    private static readonly TimeSpan HalfDay = TimeSpan.FromHours(12);

    private readonly string _deviceId;
    private NmeaEpoch? _epoch;
    private DateOnly? _knownDate;
    private TimeSpan _knownDateTime;

    public NmeaFixAssembler(string deviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceId);
        _deviceId = deviceId;
    }

    /// <summary>
    /// Feeds one line. Returns the fix of the previous epoch when this line starts a new one, and/or the rejection of
    /// this line (or of the epoch it closed, when that epoch had a position that cannot be stamped). Epochs without a
    /// valid position (RMC status V, GGA quality 0) produce no fix. Lines this assembler does not need (GSV, GSA,
    /// other talkers, proprietary sentences) and gpsd test-log <c>#</c> comments yield nothing.
    /// </summary>
    public NmeaPushResult Push(string line)
    {
        if (!NmeaSentence.TryParse(line, out var sentence, out var rejected))
        {
            return new NmeaPushResult(null, rejected);
        }

        if (!NmeaTalkers.IsGnss(sentence.Talker))
        {
            return default;
        }

        string? problem = null;
        var result = sentence.Type switch
        {
            "RMC" when RmcSentence.TryParse(sentence, out var rmc, out problem) => AddRmc(rmc),
            "GGA" when GgaSentence.TryParse(sentence, out var gga, out problem) => AddGga(gga),
            "VTG" when VtgSentence.TryParse(sentence, out var vtg, out problem) => AddVtg(vtg),
            "ZDA" when ZdaSentence.TryParse(sentence, out var zda, out problem) => AddZda(zda),
            _ => default,
        };
        return problem is null ? result : new NmeaPushResult(null, new Rejection(NmeaRejectionCodes.BadField, problem));
    }

    /// <summary>End of input: the pending epoch's fix, if it has a valid position.</summary>
    public GpsObservation? Complete() => Complete(out _);

    /// <summary>End of input: the pending epoch's fix, or why its position cannot be a fix.</summary>
    public GpsObservation? Complete(out Rejection? rejected)
    {
        var result = Close();
        rejected = result.Rejected;
        return result.Fix;
    }

    private NmeaPushResult AddRmc(RmcSentence rmc)
    {
        if (rmc.Time is not { } time)
        {
            // A receiver with no fix may send RMC without a time: it still marks a new cycle.
            return rmc.HasFix ? Untimed("RMC") : Close();
        }

        var closed = Enter(time);
        _epoch!.Rmc ??= rmc;
        return closed;
    }

    private NmeaPushResult AddGga(GgaSentence gga)
    {
        if (gga.Time is not { } time)
        {
            return gga.HasFix ? Untimed("GGA") : Close();
        }

        var closed = Enter(time);
        _epoch!.Gga ??= gga;
        return closed;
    }

    private NmeaPushResult AddVtg(VtgSentence vtg)
    {
        // Without a pending epoch the VTG is the tail of an epoch that started before this stream did.
        if (_epoch is not null)
        {
            _epoch.Vtg ??= vtg;
        }

        return default;
    }

    private NmeaPushResult AddZda(ZdaSentence zda)
    {
        if (zda.Time is not { } time)
        {
            return default;
        }

        var closed = Enter(time);
        _epoch!.Zda ??= zda;
        return closed;
    }

    private static NmeaPushResult Untimed(string type) =>
        new(null, new Rejection(NmeaRejectionCodes.NoTime, $"{type} reports a position but no time of day, so it cannot be stamped"));

    /// <summary>Joins the pending epoch when the time is the same; otherwise closes it and starts a new one.</summary>
    private NmeaPushResult Enter(TimeSpan time)
    {
        if (_epoch?.Time == time)
        {
            return default;
        }

        var closed = Close();
        _epoch = new NmeaEpoch(time);
        return closed;
    }

    private NmeaPushResult Close()
    {
        var epoch = _epoch;
        _epoch = null;
        if (epoch is null || !epoch.HasFix)
        {
            return default;
        }

        var date = epoch.Date ?? CarriedDate(epoch.Time);
        if (date is not { } day)
        {
            return new NmeaPushResult(null, new Rejection(
                NmeaRejectionCodes.NoDate,
                string.Create(CultureInfo.InvariantCulture, $"the fix at {epoch.Time:hh\\:mm\\:ss\\.fff} ({epoch.Latitude}, {epoch.Longitude}) has no date: no RMC or ZDA date has been seen yet, so it cannot be stamped")));
        }

        _knownDate = day;
        _knownDateTime = epoch.Time;
        Observation fix = new GpsObservation
        {
            Timestamp = new DateTimeOffset(day.ToDateTime(TimeOnly.FromTimeSpan(epoch.Time)), TimeSpan.Zero),
            Device = _deviceId,
            Latitude = epoch.Latitude,
            Longitude = epoch.Longitude,
            Altitude = epoch.Gga?.Altitude,
            Speed = epoch.Speed,
            Heading = epoch.Course,
            Hdop = epoch.Gga?.Hdop,
        };

        // The edge checks what the hub would check, so a fix the contract refuses never leaves as if it were good.
        var problem = ObservationValidator.Validate(ref fix);
        return problem is null
            ? new NmeaPushResult((GpsObservation)fix, null)
            : new NmeaPushResult(null, new Rejection(NmeaRejectionCodes.InvalidFix, problem));
    }

    /// <summary>The last known date, moved across midnight when the time of day has wrapped since.</summary>
    private DateOnly? CarriedDate(TimeSpan time)
    {
        if (_knownDate is not { } date)
        {
            return null;
        }

        if (time < _knownDateTime - HalfDay)
        {
            return date.AddDays(1);
        }

        return time > _knownDateTime + HalfDay ? date.AddDays(-1) : date;
    }
}

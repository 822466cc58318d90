namespace TrackHub.Shared.Protocols.Nmea0183;

/// <summary>The sentences a receiver sent for one measurement time (one epoch), before they are merged into a fix.</summary>
internal sealed class NmeaEpoch(TimeSpan time)
{
    public TimeSpan Time { get; } = time;

    public RmcSentence? Rmc { get; set; }

    public GgaSentence? Gga { get; set; }

    public VtgSentence? Vtg { get; set; }

    public ZdaSentence? Zda { get; set; }

    /// <summary>
    /// A position needs a sentence that carries one, and no sentence of the epoch may call it invalid: when RMC says
    /// void or GGA says quality 0 the receiver is not vouching for the numbers, whatever the other sentence says.
    /// </summary>
    public bool HasFix =>
        (Rmc is not null || Gga is not null) && (Rmc?.HasFix ?? true) && (Gga?.HasFix ?? true);

    public double Latitude => Rmc?.Latitude ?? Gga!.Latitude!.Value;

    public double Longitude => Rmc?.Longitude ?? Gga!.Longitude!.Value;

    /// <summary>The epoch's own date: RMC's, else ZDA's.</summary>
    public DateOnly? Date => Rmc?.Date ?? Zda?.Date;

    public double? Speed => Rmc?.Speed ?? (Vtg is { IsValid: true } v ? v.Speed : null);

    public double? Course => Rmc?.Course ?? (Vtg is { IsValid: true } v ? v.Course : null);
}

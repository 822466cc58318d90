namespace TrackHub.Domain.Model;

/// <summary>Points at one observation: item <see cref="Index"/> of batch <c>(Gateway, Epoch, Seq)</c>.</summary>
public sealed record ObservationRef(string Gateway, long Epoch, long Seq, int Index)
{
    public override string ToString() => $"{Gateway}/{Epoch}/{Seq}#{Index}";
}

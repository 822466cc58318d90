using TrackHub.Shared.Configuration;

namespace TrackHub.Domain;

/// <summary>
/// A configuration document checked and compiled for fast lookups (tag → asset, reader antenna → gate side,
/// receiver → zone, geofence geometry). Built only through <see cref="Compile"/>.
/// </summary>
public sealed class SiteModel
{
    private SiteModel(SiteDocument document) => Document = document;

    public SiteDocument Document { get; }

    /// <summary>Checks the document as a whole; on failure returns every problem, each naming the item.</summary>
    public static SiteModelResult Compile(SiteDocument document) => throw new NotImplementedException("domain helper: implement");
}

public sealed record SiteModelResult(SiteModel? Model, IReadOnlyList<string> Errors)
{
    public bool IsValid => Model is not null && Errors.Count == 0;
}

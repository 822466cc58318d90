namespace TrackHub.Domain.RunHours;

/// <summary>How run hours are counted (<c>AssetDefinition.RunHours</c>, <c>RunHoursMeter.Source</c>).</summary>
public static class RunHoursSources
{
    public const string Engine = "engine";
    public const string Ignition = "ignition";
}

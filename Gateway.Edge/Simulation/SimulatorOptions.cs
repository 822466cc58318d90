namespace TrackHub.Edge.Simulation;

/// <summary>Knobs of the demo scenario. The same seed and start time always give the same observations.</summary>
public sealed record SimulatorOptions
{
    public int Seed { get; init; } = 7;

    /// <summary>How much faster than real time the generator's hour counter runs (30: 0.4 h in 48 s).</summary>
    public double SpeedUp { get; init; } = 30;

    public double GeneratorStartHours { get; init; } = 249.60;
}

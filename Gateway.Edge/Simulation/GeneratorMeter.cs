using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Simulation;

/// <summary>
/// The generator's engine-hour counter, read every 5 s and reported in 0.05 h steps as J1939 (SPN 247) does, running
/// <see cref="SimulatorOptions.SpeedUp"/> times faster than real time so a service falls due during a demo.
/// </summary>
internal sealed class GeneratorMeter
{
    /// <summary>J1939 SPN 247's largest value: the counter wraps after it.</summary>
    public const double WrapAt = 210_554_060.75;

    private const double Resolution = 0.05;
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly DemoMachine _machine;
    private readonly SimulatorOptions _options;
    private readonly Timeline _timeline;
    private readonly DateTimeOffset _start;

    public GeneratorMeter(DemoMachine machine, SimulatorOptions options, Timeline timeline, DateTimeOffset start)
    {
        _machine = machine;
        _options = options;
        _timeline = timeline;
        _start = start;
        timeline.At(start + TimeSpan.FromSeconds(1), Report);
    }

    /// <summary>The counter's true value at <paramref name="at"/>, before J1939's rounding down.</summary>
    public double HoursAt(DateTimeOffset at) => _options.GeneratorStartHours + ((at - _start).TotalHours * _options.SpeedUp);

    private void Report()
    {
        var now = _timeline.Now;
        var reported = Math.Round(Math.Floor((HoursAt(now) / Resolution) + 1e-9) * Resolution, 2);
        _timeline.Emit(new EngineObservation { Timestamp = now, Device = _machine.Device, Hours = reported, WrapAt = WrapAt });
        _timeline.At(now + Every, Report);
    }
}

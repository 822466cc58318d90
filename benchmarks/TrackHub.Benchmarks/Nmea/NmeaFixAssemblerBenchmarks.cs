using System.Text;
using BenchmarkDotNet.Attributes;
using TrackHub.Shared.Protocols.Nmea0183;
using TrackHub.Testing;

namespace TrackHub.Benchmarks.Nmea;

/// <summary>
/// The edge's GPS path: every line of gpsd's u-blox 8 capture (<c>gpsd_nl2008u.log</c>, 145 lines incl. comments and
/// GSV/GSA) pushed through a fresh <see cref="NmeaFixAssembler"/>. Timed per line, so Op/s is sentences per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TrackHubBenchmarkConfig))]
public class NmeaFixAssemblerBenchmarks
{
    private const int LineCount = 145;

    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        // Latin-1, byte for byte, as the edge reads a serial port.
        _lines = File.ReadAllLines(RepoPaths.RealDataFile("gps", "gpsd_nl2008u.log"), Encoding.Latin1);
        if (_lines.Length != LineCount)
        {
            throw new InvalidOperationException($"gpsd_nl2008u.log has {_lines.Length} lines, the benchmark is set for {LineCount}");
        }
    }

    [Benchmark(OperationsPerInvoke = LineCount)]
    public int AssembleFixes()
    {
        var assembler = new NmeaFixAssembler("van-1");
        var fixes = 0;
        foreach (var line in _lines)
        {
            if (assembler.Push(line).Fix is not null)
            {
                fixes++;
            }
        }

        return assembler.Complete() is null ? fixes : fixes + 1;
    }
}

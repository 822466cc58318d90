using System.Text.Json;
using Microsoft.Extensions.Logging;
using TrackHub.Edge.Replay;
using TrackHub.Edge.Simulation;
using TrackHub.Shared.Configuration;

namespace TrackHub.Edge.Sources;

/// <summary>Builds the configured sources.</summary>
public sealed class SourceFactory(TimeProvider time, ILoggerFactory loggers)
{
    public IObservationSource Create(SourceOptions options) => options.Type switch
    {
        SourceTypes.NmeaFile => File(options, CaptureFormats.Nmea),
        SourceTypes.Gpx => File(options, CaptureFormats.Gpx),
        SourceTypes.Jsonl => File(options, CaptureFormats.Jsonl),
        SourceTypes.NmeaTcp => new NmeaTcpSource(
            options.Host!, options.Port!.Value, options.Device!, TimeSpan.FromSeconds(options.MaxClockSkewSeconds), time,
            loggers.CreateLogger<NmeaTcpSource>()),
        SourceTypes.Simulator => new SimulatorSource(
            LoadSite(options.Site!),
            new SimulatorOptions { Seed = options.Seed, SpeedUp = options.SpeedUp, GeneratorStartHours = options.GeneratorStartHours },
            time),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Type, "unknown source type"),
    };

    /// <summary>Reads a site document the way the hub does: unknown properties are an error.</summary>
    public static SiteDocument LoadSite(string path)
    {
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, ConfigurationJsonContext.Default.SiteDocument)
                ?? throw new InvalidDataException($"the site document '{path}' is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"the site document '{path}' cannot be read: {ex.Message}", ex);
        }
    }

    private FileReplaySource File(SourceOptions options, string format)
    {
        var name = options.Device ?? Path.GetFileNameWithoutExtension(options.Path!);
        var reader = CaptureFormats.Reader(format, new CaptureContext(name));
        return new FileReplaySource(options.Path!, name, reader, new ReplayTiming(options.Speed, options.ShiftToNow), time);
    }
}

using System.CommandLine;
using System.Text.Json;
using TrackHub.Edge.Hosting;
using TrackHub.Edge.Sources;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Cli;

/// <summary>
/// <c>decode --format ID FILE</c>: what a device really sends, as an installer needs to see it. The normalised
/// observations are printed as JSON lines (wire <c>obs</c> items, so the output can be replayed), then one
/// <c># rejected</c> comment line per frame that could not be used, with its reason.
/// </summary>
internal static class DecodeCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A capture of what the device sent" };
        var format = new Option<string>("--format", "-f") { Description = "The device format", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong(["auto", .. CaptureFormats.All]);
        var device = new Option<string?>("--device", "-d") { Description = "Device id for GPS fixes and engine readings [default: the file name]" };
        var reader = new Option<string?>("--reader") { Description = "RFID reader id, for formats that do not carry it" };
        var receiver = new Option<string?>("--receiver") { Description = "BLE receiver id, for formats that do not carry it" };
        var command = new Command("decode", "Decode a capture and print the observations as JSON lines, then the rejected frames with their reasons")
        {
            file, format, device, reader, receiver,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetRequiredValue(file).FullName;
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"error: the capture file '{path}' does not exist");
                return ExitCodes.InvalidInput;
            }

            var chosen = parse.GetValue(format)!;
            var detected = chosen == "auto" ? CaptureFormats.Detect(path) : chosen;
            if (detected is null)
            {
                await error.WriteLineAsync($"error: cannot tell the format of '{path}'; pass --format {string.Join("|", CaptureFormats.All)}");
                return ExitCodes.InvalidInput;
            }

            var context = new CaptureContext(parse.GetValue(device) ?? Path.GetFileNameWithoutExtension(path), parse.GetValue(reader), parse.GetValue(receiver));
            var rejected = new List<CaptureRecord>();
            var decoded = 0;
            await using (var stream = File.OpenRead(path))
            {
                foreach (var record in CaptureFormats.Reader(detected, context).Read(stream))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (record.Observation is { } observation)
                    {
                        decoded++;
                        await output.WriteLineAsync(JsonSerializer.Serialize(observation, WireJsonContext.Default.Observation));
                    }

                    if (record.Rejected is not null)
                    {
                        rejected.Add(record);
                    }
                }
            }

            foreach (var record in rejected)
            {
                await output.WriteLineAsync($"# rejected {Unit(detected)} {record.Position}: {record.Rejected!.Code}: {record.Rejected.Detail}");
            }

            await error.WriteLineAsync($"{decoded} observations, {rejected.Count} rejected frames ({detected})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Unit(string format) => format == CaptureFormats.Gpx ? "point" : "frame";
}

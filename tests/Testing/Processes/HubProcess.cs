using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace TrackHub.Testing.Processes;

/// <summary>
/// The hub as a real process (<c>TrackHub.Hub.Server.dll</c> from the build), on free loopback ports, with its data in
/// a folder that outlives the process so it can be killed and started again on the same state.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly IReadOnlyList<string> _arguments;
    private ManagedProcess? _process;

    private HubProcess(IReadOnlyList<string> arguments, int httpPort, string dataDirectory)
    {
        _arguments = arguments;
        HttpPort = httpPort;
        DataDirectory = dataDirectory;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
    }

    public int HttpPort { get; }

    public string DataDirectory { get; }

    public HttpClient Http { get; }

    public string Output => _process?.Output ?? "";

    /// <param name="brokerUrl">An external broker (e.g. Mosquitto); null runs the embedded one on <paramref name="mqttPort"/>.</param>
    public static async Task<HubProcess> StartAsync(string dataDirectory, string? seedConfiguration, string? brokerUrl = null, int? mqttPort = null, IEnumerable<string>? extra = null)
    {
        var httpPort = FreePort.Next();
        var args = new List<string>
        {
            "--urls", $"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}",
            $"--Storage:DataDirectory={dataDirectory}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:TrackHub=Information",
        };
        if (seedConfiguration is not null)
        {
            args.Add($"--Hub:SeedConfiguration={seedConfiguration}");
        }

        if (brokerUrl is not null)
        {
            args.Add("--Hub:Mqtt:EmbeddedBroker=false");
            args.Add($"--Hub:Mqtt:BrokerUrl={brokerUrl}");
            args.Add($"--Hub:Mqtt:ClientId=trackhub-hub-{httpPort.ToString(CultureInfo.InvariantCulture)}");
        }
        else
        {
            args.Add($"--Hub:Mqtt:Port={(mqttPort ?? FreePort.Next()).ToString(CultureInfo.InvariantCulture)}");
            args.Add("--Hub:Mqtt:BindAddress=127.0.0.1");
        }

        args.AddRange(extra ?? []);
        var hub = new HubProcess(args, httpPort, dataDirectory);
        await hub.RestartAsync();
        return hub;
    }

    /// <summary>Starts the process (again) with the same arguments and waits until <c>/health</c> says ok.</summary>
    public async Task RestartAsync()
    {
        _process = ManagedProcess.StartDotnet("hub", RepoPaths.BuiltProgram("Hub.Server", "TrackHub.Hub.Server"), _arguments);
        var process = _process;
        await Wait.UntilAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the hub exited with {process.ExitCode} while starting:\n{process.Output}");
                }

                try
                {
                    using var response = await Http.GetAsync("/health");
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(60),
            "the hub's /health",
            () => process.Output);
    }

    /// <summary>SIGKILL, as a crash or power loss would end it.</summary>
    public async Task KillAsync()
    {
        if (_process is { } p)
        {
            p.Kill();
            await p.DisposeAsync();
            _process = null;
        }
    }

    /// <summary>SIGTERM: a clean shutdown.</summary>
    public async Task StopAsync()
    {
        if (_process is { } p)
        {
            await p.StopAsync(TimeSpan.FromSeconds(20));
            await p.DisposeAsync();
            _process = null;
        }
    }

    public async Task<JsonElement> GetJsonAsync(string path) => await Http.GetFromJsonAsync<JsonElement>(path);

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Http.Dispose();
    }
}

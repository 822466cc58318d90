using System.Globalization;
using TrackHub.Testing.Processes;

namespace TrackHub.Testing.Servers;

/// <summary>
/// A real Mosquitto broker (Debian package) on a free loopback port, with its own config and persistence folder.
/// It can be killed (SIGKILL) and started again on the same port, as a broker crash would go.
/// </summary>
public sealed class MosquittoServer : IAsyncDisposable
{
    private readonly string _folder;
    private ManagedProcess? _process;

    private MosquittoServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"mqtt://127.0.0.1:{Port}";

    public static string Binary =>
        new[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Mosquitto is not installed: run ./trackhub test (it installs it) or apt-get install mosquitto.");

    public static async Task<MosquittoServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("trackhub-mosquitto-").FullName;
        var server = new MosquittoServer(folder, FreePort.Next());
        await File.WriteAllTextAsync(Path.Combine(folder, "mosquitto.conf"), string.Join('\n',
            "user root",
            $"listener {server.Port.ToString(CultureInfo.InvariantCulture)} 127.0.0.1",
            "allow_anonymous true",
            "persistence true",
            $"persistence_location {folder}/",
            "autosave_interval 1",
            "max_queued_messages 0",
            "max_inflight_messages 0",
            "log_dest stdout",
            "log_type error",
            "log_type warning",
            ""));
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>SIGKILL: whatever the broker held only in memory is lost.</summary>
    public async Task KillAsync()
    {
        if (_process is { } p)
        {
            p.Kill();
            await p.DisposeAsync();
            _process = null;
        }
    }

    public Task RestartAsync() => StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task StartProcessAsync()
    {
        _process = ManagedProcess.Start("mosquitto", Binary, ["-c", Path.Combine(_folder, "mosquitto.conf")]);
        var process = _process;
        await Wait.ForPortAsync(Port, TimeSpan.FromSeconds(15), $"Mosquitto on port {Port}", () => process.Output);
    }
}

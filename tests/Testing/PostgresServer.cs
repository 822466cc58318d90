using System.Diagnostics;
using Npgsql;
using Xunit;

namespace TrackHub.Testing;

/// <summary>
/// A real PostgreSQL server from the machine's own binaries (<c>initdb</c> + <c>pg_ctl</c>) in a temp folder, on a
/// free loopback port, for one test run: register it with <c>[assembly: AssemblyFixture(typeof(PostgresServer))]</c>
/// and take it in a test class's constructor. Each test class gets its own database from
/// <see cref="CreateDatabaseAsync"/>. Missing binaries fail the run with a clear message; nothing is skipped.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SuperUser = "postgres";

    private string _root = "";
    private string _binDirectory = "";
    private int _databases;

    public int Port { get; private set; }

    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>Connection string of the maintenance database, for creating and dropping databases.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = SuperUser, Database = database }.ToString();

    public async ValueTask InitializeAsync()
    {
        _binDirectory = FindBinDirectory()
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin nor via `pg_config --bindir`. "
                + "Install them (Debian: `apt-get install postgresql`); the PostgreSQL tests need a real server and are never skipped.");
        _root = Directory.CreateTempSubdirectory("trackhub-pg-").FullName;
        if (RunningAsRoot)
        {
            // initdb refuses to run as root; the server runs as the postgres user in a folder it owns.
            await RunAsync("chown", ["-R", $"{SuperUser}:{SuperUser}", _root], asPostgres: false);
        }

        await RunAsync(Tool("initdb"), ["-D", DataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asPostgres: true);

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Port = FreePort.Next();
            try
            {
                await RunAsync(
                    Tool("pg_ctl"),
                    ["-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o",
                        $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                        "start"],
                    asPostgres: true);
                return;
            }
            catch (InvalidOperationException ex)
            {
                // Another process may have taken the port between finding it and binding it.
                last = ex;
            }
        }

        throw new InvalidOperationException($"PostgreSQL did not start. Server log:\n{ServerLog()}", last);
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var name = $"{Sanitize(prefix)}_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Port != 0 && Directory.Exists(DataDirectory))
        {
            await RunAsync(Tool("pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], asPostgres: true);
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private string Tool(string name) => Path.Combine(_binDirectory, name);

    private string ServerLog()
    {
        var log = Path.Combine(_root, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no server log)";
    }

    private static string? FindBinDirectory()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin")).ToList()
            : [];
        try
        {
            using var pgConfig = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, UseShellExecute = false });
            if (pgConfig is not null)
            {
                var bin = pgConfig.StandardOutput.ReadToEnd().Trim();
                pgConfig.WaitForExit();
                candidates.Add(bin);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // pg_config is not installed; the fixed locations above are all there is.
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && RunningAsRoot)
        {
            info.FileName = "runuser";
            foreach (var a in (string[])["-u", SuperUser, "--", fileName])
            {
                info.ArgumentList.Add(a);
            }
        }
        else
        {
            info.FileName = fileName;
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    private static string Sanitize(string prefix) =>
        new([.. prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(40)]);
}

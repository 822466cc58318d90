namespace TrackHub.Hub.Persistence;

/// <summary>Where the hub keeps its state: section <c>Storage</c> of the configuration.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (default, embedded, zero set-up) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite it defaults to <c>trackhub.db</c> in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the default SQLite file lives; relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = ".trackhub";

    /// <summary>How long a SQLite writer waits for a lock before failing.</summary>
    public int SqliteBusyTimeoutMilliseconds { get; set; } = 5000;

    public bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}

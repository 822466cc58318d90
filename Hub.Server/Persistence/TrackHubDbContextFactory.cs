using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace TrackHub.Hub.Persistence;

/// <summary>
/// Creates a context of the configured provider. The options are built once (on first use, after validation) and
/// shared, so a context per commit or per request costs little and never carries tracked entities over.
/// </summary>
public sealed class TrackHubDbContextFactory : IDbContextFactory<TrackHubDbContext>
{
    private readonly Lazy<Func<TrackHubDbContext>> _create;

    public TrackHubDbContextFactory(IOptions<StorageOptions> options, IHostEnvironment? environment = null, ILoggerFactory? loggerFactory = null)
    {
        _create = new(() => Build(options.Value, environment?.ContentRootPath ?? AppContext.BaseDirectory, loggerFactory));
    }

    public TrackHubDbContext CreateDbContext() => _create.Value();

    /// <summary>The SQLite connection string the options resolve to: the configured one, or <c>trackhub.db</c> in the data directory.</summary>
    public static string SqliteConnectionString(StorageOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        // Relative to where the hub was started from, as a person typing a path expects (the content root is the install folder).
        var file = Path.Combine(Path.GetFullPath(options.DataDirectory), "trackhub.db");
        return new SqliteConnectionStringBuilder { DataSource = file }.ToString();
    }

    private static Func<TrackHubDbContext> Build(StorageOptions options, string contentRoot, ILoggerFactory? loggerFactory)
    {
        if (options.IsPostgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresTrackHubDbContext>().UseNpgsql(options.ConnectionString);
            Common(builder, loggerFactory);
            var built = builder.Options;
            return () => new PostgresTrackHubDbContext(built);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<SqliteTrackHubDbContext>()
                .UseSqlite(SqliteConnectionString(options, contentRoot))
                .AddInterceptors(new SqlitePragmas(options.SqliteBusyTimeoutMilliseconds));
            Common(builder, loggerFactory);
            var built = builder.Options;
            return () => new SqliteTrackHubDbContext(built);
        }
    }

    private static void Common(DbContextOptionsBuilder builder, ILoggerFactory? loggerFactory)
    {
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);

        // The pipeline commits many times a second: every SQL statement at Information would drown the hub's own log.
        builder.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace TrackHub.Hub.Persistence;

/// <summary>Fails the host at start, naming the configuration key, instead of at the first query.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Section = StorageOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var errors = new List<string>();
        if (!options.IsSqlite && !options.IsPostgres)
        {
            errors.Add($"{Section}:Provider must be '{StorageOptions.Sqlite}' or '{StorageOptions.Postgres}', not '{options.Provider}'.");
        }

        if (options.IsPostgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add($"{Section}:ConnectionString is required when {Section}:Provider is '{StorageOptions.Postgres}' (e.g. 'Host=db;Database=trackhub;Username=trackhub;Password=...').");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString) && ConnectionStringError(options) is { } error)
        {
            errors.Add($"{Section}:ConnectionString is not a valid {options.Provider} connection string: {error}");
        }

        if (options.IsSqlite && string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            errors.Add($"{Section}:DataDirectory must name a folder when {Section}:ConnectionString is not set.");
        }

        if (options.SqliteBusyTimeoutMilliseconds < 0)
        {
            errors.Add($"{Section}:SqliteBusyTimeoutMilliseconds must not be negative.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string? ConnectionStringError(StorageOptions options)
    {
        try
        {
            if (options.IsPostgres)
            {
                var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
                return string.IsNullOrWhiteSpace(builder.Host) ? "it names no Host." : null;
            }

            if (options.IsSqlite)
            {
                var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                return string.IsNullOrWhiteSpace(builder.DataSource) ? "it names no Data Source." : null;
            }

            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }
}

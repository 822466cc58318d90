using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrackHub.Hub.Persistence;

namespace TrackHub.Hub.Tests.Persistence;

/// <summary>A wrong storage setting stops the hub at start, with a message that names the key to fix.</summary>
public sealed class StorageOptionsTests
{
    [Theory]
    [InlineData("mysql", null, "Storage:Provider must be 'sqlite' or 'postgres', not 'mysql'.")]
    [InlineData("postgres", null, "Storage:ConnectionString is required when Storage:Provider is 'postgres'")]
    [InlineData("postgres", "Database=trackhub", "Storage:ConnectionString is not a valid postgres connection string: it names no Host.")]
    [InlineData("postgres", "Host=db;Bogus Key=1", "Storage:ConnectionString is not a valid postgres connection string")]
    public async Task A_bad_storage_setting_fails_the_host_at_start_naming_the_key(string provider, string? connectionString, string expected)
    {
        using var host = Host(new() { ["Storage:Provider"] = provider, ["Storage:ConnectionString"] = connectionString });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_settings_the_store_is_trackhub_db_in_the_data_directory_under_the_working_directory()
    {
        var connection = TrackHubDbContextFactory.SqliteConnectionString(new StorageOptions(), "/srv/trackhub");

        Assert.Equal($"Data Source={Path.Combine(Environment.CurrentDirectory, ".trackhub", "trackhub.db")}", connection);
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTrackHubPersistence(builder.Configuration);
        return builder.Build();
    }
}

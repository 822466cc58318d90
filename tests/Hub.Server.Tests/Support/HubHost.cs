using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;
using TrackHub.Hub.Hosting;
using TrackHub.Hub.Pipeline;
using TrackHub.Shared.Contracts;
using TrackHub.Testing;

namespace TrackHub.Hub.Tests.Support;

/// <summary>
/// The whole hub in the test process, wired exactly as <c>Program.cs</c> wires it: embedded MQTT broker on a free
/// loopback port, Kestrel on another, SQLite in a temp folder (or a PostgreSQL database), the demo site seeded.
/// </summary>
public sealed class HubHost : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly WebApplication _app;
    private IMqttClient? _mqtt;

    private HubHost(DirectoryInfo folder, WebApplication app, int mqttPort, Uri address)
    {
        _folder = folder;
        _app = app;
        MqttPort = mqttPort;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    public int MqttPort { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public CommitWatcher Commits => _app.Services.GetRequiredService<CommitWatcher>();

    public IServiceProvider Services => _app.Services;

    /// <param name="dataDirectory">Keep the SQLite database here (to restart a hub on the same data); default: a temp folder.</param>
    public static async Task<HubHost> StartAsync(
        string? postgresConnectionString = null,
        string? seed = "deploy/demo/site.json",
        IDictionary<string, string?>? settings = null,
        string? dataDirectory = null)
    {
        var folder = Directory.CreateTempSubdirectory("trackhub-hub-");
        var mqttPort = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = folder.FullName });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var config = new Dictionary<string, string?>
        {
            ["Hub:Mqtt:Port"] = mqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hub:Mqtt:BindAddress"] = "127.0.0.1",
            ["Hub:Ingest:TickInterval"] = "00:00:00.100",
            ["Storage:DataDirectory"] = dataDirectory ?? Path.Combine(folder.FullName, "data"),
        };
        if (seed is not null)
        {
            config["Hub:SeedConfiguration"] = RepoPaths.InRepo(seed.Split('/'));
        }

        if (postgresConnectionString is not null)
        {
            config["Storage:Provider"] = "postgres";
            config["Storage:ConnectionString"] = postgresConnectionString;
        }

        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            config[k] = v;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.AddTrackHub();
        builder.Services.AddSingleton<CommitWatcher>();
        builder.Services.AddSingleton<IPipelineObserver>(sp => sp.GetRequiredService<CommitWatcher>());
        var app = builder.Build();
        app.MapTrackHub();
        await app.StartAsync();
        await app.Services.GetRequiredService<IngestPipeline>().Started.WaitAsync(TimeSpan.FromSeconds(30));
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new HubHost(folder, app, mqttPort, address);
    }

    /// <summary>Publishes a batch as a gateway would: QoS 1 on the gateway's obs topic.</summary>
    public Task PublishAsync(ObsBatch batch) =>
        PublishRawAsync(Topics.Observations(batch.Gateway), JsonSerializer.SerializeToUtf8Bytes(batch, WireJsonContext.Default.ObsBatch));

    public async Task PublishRawAsync(string topic, byte[] payload, bool retain = false)
    {
        var client = await MqttAsync();
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag(retain).Build();
        var result = await client.PublishAsync(message);
        Assert.True(result.IsSuccess, $"the broker refused the publish: {result.ReasonCode}");
    }

    public Task PublishRawAsync(string topic, string payload) => PublishRawAsync(topic, Encoding.UTF8.GetBytes(payload));

    public async Task<T> GetAsync<T>(string path) =>
        (await Http.GetFromJsonAsync<T>(path, ApiJson.Options))!;

    public HubConnection LiveConnection() =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Address, "/hubs/live"))
            .AddJsonProtocol(o => ApiJson.Configure(o.PayloadSerializerOptions))
            .Build();

    public async ValueTask DisposeAsync()
    {
        if (_mqtt is not null)
        {
            await _mqtt.DisconnectAsync();
            _mqtt.Dispose();
        }

        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<IMqttClient> MqttAsync()
    {
        if (_mqtt is { IsConnected: true })
        {
            return _mqtt;
        }

        _mqtt = new MqttClientFactory().CreateMqttClient();
        await _mqtt.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", MqttPort).WithClientId("test-gateway-" + Guid.NewGuid().ToString("n")).Build());
        return _mqtt;
    }
}

using System.Net;
using System.Text.Json;

namespace TrackHub.LoadGen.Hub;

/// <summary>The hub's HTTP side as the load generator uses it: wait for health, read the ingest counters.</summary>
public sealed class HubHttpClient(HttpClient http) : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private bool _statsMissing;

    /// <summary>Waits until <c>/health</c> answers 200; fails with the hub's last answer when it does not in time.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var last = "no answer";
        try
        {
            while (true)
            {
                try
                {
                    using var response = await http.GetAsync("health", deadline.Token);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }

                    last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(deadline.Token)}";
                }
                catch (HttpRequestException ex)
                {
                    last = ex.Message;
                }

                // Polling is the only way to see a process come up; the interval bounds the wait it adds.
                await Task.Delay(PollInterval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the hub at {http.BaseAddress} was not healthy within {timeout.TotalSeconds:0} s (last answer: {last})");
        }
    }

    /// <summary>Reads <c>/health</c> and, when the hub has it, <c>/api/ingest/stats</c>.</summary>
    public async Task<HubCounters> ReadCountersAsync(CancellationToken cancellationToken)
    {
        // /health answers 503 while the hub is starting or failed, with the counters all the same.
        using var health = await http.GetAsync("health", cancellationToken);
        using var healthJson = JsonDocument.Parse(await health.Content.ReadAsByteArrayAsync(cancellationToken));
        var pipeline = healthJson.RootElement.TryGetProperty("ingest", out var ingest) && ingest.ValueKind == JsonValueKind.Object
            ? ingest
            : throw new InvalidDataException($"/health has no 'ingest' counters: {healthJson.RootElement.GetRawText()}");
        var applied = Read(pipeline, "appliedObservations");
        var stored = await ReadStoredAsync(cancellationToken);
        return new HubCounters(
            stored ?? applied,
            applied,
            Read(pipeline, "appliedBatches"),
            Read(pipeline, "duplicateBatches"),
            Read(pipeline, "rejectedEnvelopes"),
            Read(pipeline, "rejectedItems"),
            Read(pipeline, "seqGaps"));
    }

    public void Dispose() => http.Dispose();

    /// <summary>Observations of the batches the database holds; null on a hub without <c>/api/ingest/stats</c>.</summary>
    private async Task<long?> ReadStoredAsync(CancellationToken cancellationToken)
    {
        if (_statsMissing)
        {
            return null;
        }

        using var response = await http.GetAsync("api/ingest/stats", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            _statsMissing = true;
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        return json.RootElement.TryGetProperty("acceptedObservations", out var accepted) && accepted.TryGetInt64(out var n)
            ? n
            : throw new InvalidDataException($"/api/ingest/stats has no 'acceptedObservations': {json.RootElement.GetRawText()}");
    }

    private static long Read(JsonElement counters, string name) =>
        counters.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) ? n : 0;
}

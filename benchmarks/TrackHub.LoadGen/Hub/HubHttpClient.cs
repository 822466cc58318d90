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

    /// <summary>Reads <c>/api/ingest/stats</c>, or the <c>ingest</c> part of <c>/health</c> on a hub without it.</summary>
    public async Task<HubCounters> ReadCountersAsync(CancellationToken cancellationToken)
    {
        if (!_statsMissing)
        {
            using var response = await http.GetAsync("api/ingest/stats", cancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                response.EnsureSuccessStatusCode();
                return Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken), "/api/ingest/stats");
            }

            _statsMissing = true;
        }

        // /health answers 503 while the hub is starting or failed, with the counters all the same.
        using var health = await http.GetAsync("health", cancellationToken);
        return Parse(await health.Content.ReadAsByteArrayAsync(cancellationToken), "/health");
    }

    public void Dispose() => http.Dispose();

    private static HubCounters Parse(byte[] json, string source)
    {
        using var document = JsonDocument.Parse(json);
        var counters = Find(document.RootElement)
            ?? throw new InvalidDataException($"{source} has no 'appliedObservations' counter: {System.Text.Encoding.UTF8.GetString(json)}");
        return new HubCounters(
            Read(counters, "appliedObservations"),
            Read(counters, "appliedBatches"),
            Read(counters, "duplicateBatches"),
            Read(counters, "rejectedEnvelopes"),
            Read(counters, "rejectedItems"),
            Read(counters, "seqGaps"));
    }

    /// <summary>The object that holds the counters: the root itself or one of its properties (<c>ingest</c> in /health).</summary>
    private static JsonElement? Find(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("appliedObservations", out _))
        {
            return element;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("appliedObservations", out _))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static long Read(JsonElement counters, string name) =>
        counters.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) ? n : 0;
}

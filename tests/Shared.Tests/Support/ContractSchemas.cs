using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using TrackHub.Testing;

namespace TrackHub.Shared.Tests.Support;

/// <summary>Loads the published JSON Schemas from <c>docs/schemas</c> and checks documents against them.</summary>
public static class ContractSchemas
{
    public const string Obs = "obs.schema.json";
    public const string Status = "status.schema.json";
    public const string Ack = "ack.schema.json";
    public const string SiteConfig = "site-config.schema.json";

    private static readonly ConcurrentDictionary<string, JsonSchema> Cache = new();

    public static SchemaCheck Check(string schemaFile, string json)
    {
        var schema = Cache.GetOrAdd(schemaFile, static file => JsonSchema.FromText(
            File.ReadAllText(RepoPaths.InRepo("docs", "schemas", file)),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = results.Details?
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => new SchemaError(d.InstanceLocation.ToString(), e.Key, e.Value)))
            .ToList() ?? [];
        return new SchemaCheck(results.IsValid, errors);
    }
}

public sealed record SchemaCheck(bool IsValid, IReadOnlyList<SchemaError> Errors)
{
    /// <summary>Where in the document the schema found problems, as JSON Pointers (<c>""</c> is the root).</summary>
    public IEnumerable<string> Locations => Errors.Select(e => e.Location).Distinct();

    public override string ToString() => string.Join("; ", Errors.Select(e => $"{e.Location} {e.Keyword}: {e.Message}"));
}

public sealed record SchemaError(string Location, string Keyword, string Message);

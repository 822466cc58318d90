using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TrackHub.Hub.Api;

/// <summary>
/// Reads a JSON body with a strict contract. A body the contract refuses (unknown property, missing required one,
/// wrong type) is a 400 whose error is keyed by the JSON path and whose message names the property.
/// </summary>
internal static class JsonBody
{
    public const string Title = "The request body is not valid.";

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The request body must be JSON.",
                detail: $"Send Content-Type: application/json (was '{request.ContentType}')."));
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync(request.Body, typeInfo, cancellationToken);
            return value is null ? (null, ParameterErrors.Single("body", "The body is empty or JSON null.", Title)) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, ParameterErrors.Single(string.IsNullOrEmpty(ex.Path) ? "body" : ex.Path, Explain(ex), Title));
        }
    }

    /// <summary>System.Text.Json's message, in the words of the document rather than of .NET types.</summary>
    internal static string Explain(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        const string unmapped = "could not be mapped to any .NET member";
        if (message.StartsWith("The JSON property '", StringComparison.Ordinal) && message.Contains(unmapped, StringComparison.Ordinal))
        {
            var name = message["The JSON property '".Length..message.IndexOf('\'', "The JSON property '".Length)];
            return $"'{name}' is not a property here; check its spelling against the schema (docs/schemas/site-config.schema.json for a configuration).";
        }

        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            return "this value has the wrong type (a number, text, list or object is expected here; see the schema).";
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            // "JSON deserialization for type 'X' was missing required properties including: 'id', 'name'."
            var including = message.IndexOf("including:", StringComparison.Ordinal);
            return including > 0 ? "required properties are missing:" + message[(including + "including:".Length)..].TrimEnd('.') : "required properties are missing.";
        }

        return message;
    }
}

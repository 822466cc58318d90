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
            return (null, ParameterErrors.Single(string.IsNullOrEmpty(ex.Path) ? "body" : ex.Path, ex.Message, Title));
        }
    }
}

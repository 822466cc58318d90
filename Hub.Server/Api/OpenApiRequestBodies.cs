using Microsoft.OpenApi;

namespace TrackHub.Hub.Api;

internal static class OpenApiRequestBodies
{
    /// <summary>
    /// Documents a JSON body that the handler reads itself. <c>Accepts&lt;T&gt;</c> would do it too, but it also makes
    /// routing answer a wrong Content-Type with a bare 415 before the handler can return problem details.
    /// </summary>
    public static RouteHandlerBuilder WithJsonBody<T>(this RouteHandlerBuilder builder, string description) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}

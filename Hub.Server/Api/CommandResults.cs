using Microsoft.AspNetCore.Http.HttpResults;
using TrackHub.Hub.Pipeline;

namespace TrackHub.Hub.Api;

/// <summary>A command's outcome as HTTP: Invalid → 400 listing every error, NotFound → 404, Conflict → 409.</summary>
internal static class CommandResults
{
    public static Results<Ok<CommandAccepted>, ValidationProblem, ProblemHttpResult> ToHttp(CommandResult result, string subject)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return TypedResults.Ok(new CommandAccepted(result.ConfigurationVersion));
        }

        var detail = string.Join(" ", result.Errors);
        return result.Failure switch
        {
            CommandFailure.Invalid => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [subject] = [.. result.Errors] }, title: "The change was refused.", detail: detail),
            CommandFailure.NotFound => Problem(StatusCodes.Status404NotFound, "Not found.", detail, result.Errors),
            CommandFailure.Conflict => Problem(StatusCodes.Status409Conflict, "The change conflicts with the current state.", detail, result.Errors),
            _ => Problem(StatusCodes.Status500InternalServerError, "The command failed without a reason.", detail, result.Errors),
        };
    }

    /// <summary>Documents the responses <see cref="ToHttp"/> gives (the handlers return IResult, which documents nothing).</summary>
    public static RouteHandlerBuilder WithCommandResponses(this RouteHandlerBuilder builder) =>
        builder.Produces<CommandAccepted>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static ProblemHttpResult Problem(int status, string title, string detail, IReadOnlyList<string> errors) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["errors"] = errors });
}

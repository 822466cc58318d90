using Microsoft.AspNetCore.Http.HttpResults;

namespace TrackHub.Hub.Api;

/// <summary>Collects every bad parameter of a request, so one 400 names them all.</summary>
internal sealed class ParameterErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string parameter, string message) => _errors[parameter] = [.. _errors.GetValueOrDefault(parameter, []), message];

    public ValidationProblem ToProblem(string title = "One or more parameters are invalid.") =>
        TypedResults.ValidationProblem(
            _errors,
            title: title,
            detail: string.Join(" ", _errors.SelectMany(e => e.Value)));

    public static ValidationProblem Single(string parameter, string message, string title = "One or more parameters are invalid.")
    {
        var errors = new ParameterErrors();
        errors.Add(parameter, message);
        return errors.ToProblem(title);
    }
}

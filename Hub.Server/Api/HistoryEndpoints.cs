using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TrackHub.Hub.Persistence.Queries;
using TrackHub.Hub.Views;

namespace TrackHub.Hub.Api;

/// <summary>Site-wide history for reports: every event, and every gate passage with names.</summary>
internal static class HistoryEndpoints
{
    public static void MapHistoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/events", EventsAsync).WithTags("History").WithName("SearchEvents")
            .WithSummary("Events of every asset, gateway and tag, newest first.")
            .WithDescription("site; type: one or more event types (comma-separated, e.g. checked-out,checked-in); from (inclusive) and to "
                + "(exclusive) ISO 8601 times, UTC without an offset; page from 1; pageSize 1-500.");
        api.MapGet("/passages", PassagesAsync).WithTags("History").WithName("SearchPassages")
            .WithSummary("Gate passages, newest first: what went in or out, with whom.")
            .WithDescription("site; gate; from (inclusive) and to (exclusive) apply to the end of the passage; page from 1; pageSize 1-500.");
    }

    private static async Task<Results<Ok<Page<EventView>>, ValidationProblem>> EventsAsync(
        string? site,
        string? type,
        string? from,
        string? to,
        string? page,
        string? pageSize,
        [FromServices] EventQueries events,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var types = QueryParameters.Words(type, "type", EventQueries.Types, errors);
        var (start, end) = QueryParameters.Range(from, to, errors);
        var paging = QueryParameters.Page(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await events.SearchAsync(site, types, start, end, paging, cancellationToken));
    }

    private static async Task<Results<Ok<Page<PassageView>>, ValidationProblem>> PassagesAsync(
        string? site,
        string? gate,
        string? from,
        string? to,
        string? page,
        string? pageSize,
        [FromServices] PassageQueries passages,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var (start, end) = QueryParameters.Range(from, to, errors);
        var paging = QueryParameters.Page(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(await passages.SearchAsync(site, gate, start, end, paging, cancellationToken));
    }
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.LogTime;

internal static class LogTimeEndpoint
{
    public static void MapLogTime(this RouteGroupBuilder group) =>
        group.MapPost("/time-entries", async (LogTimeCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var entry = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/psa/time-entries/{entry.Id}", entry);
            })
            .WithName("LogTime")
            .WithSummary("Log your own time on a project you work on (owner or member), optionally on one of its tasks; a day holds at most 24 hours.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}

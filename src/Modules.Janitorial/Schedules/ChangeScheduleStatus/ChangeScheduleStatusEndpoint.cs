using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Schedules.ChangeScheduleStatus;

internal static class ChangeScheduleStatusEndpoint
{
    public static void MapChangeScheduleStatus(this RouteGroupBuilder group) =>
        group.MapPost("/schedules/{id:guid}/status", async (Guid id, ChangeScheduleStatusCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ChangeScheduleStatus")
            .WithSummary("Start, complete or cancel an occurrence: managers any, technicians only their own. A transition not allowed now is a 409 naming the allowed ones.")
            .RequireAuthorization(JanitorialPolicies.Crew)
            .ProducesWriteProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.DecideWeek;

internal static class DecideWeekEndpoint
{
    public static void MapDecideWeek(this RouteGroupBuilder group)
    {
        group.MapPost("/projects/{id:guid}/timesheets/approve", async (Guid id, DecideWeekCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { ProjectId = id, Approve = true }, ct)))
            .WithName("ApproveWeek")
            .WithSummary("Approve a person's submitted week (userId, weekStart) on the project: its entries are locked. Project owner (or admin) only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
        group.MapPost("/projects/{id:guid}/timesheets/reject", async (Guid id, DecideWeekCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { ProjectId = id, Approve = false }, ct)))
            .WithName("RejectWeek")
            .WithSummary("Reject a person's submitted week (userId, weekStart, reason) on the project; they correct and submit again. Project owner (or admin) only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
    }
}

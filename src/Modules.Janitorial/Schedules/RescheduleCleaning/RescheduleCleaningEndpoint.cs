using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.RescheduleCleaning;

internal static class RescheduleCleaningEndpoint
{
    public static void MapRescheduleCleaning(this RouteGroupBuilder group) =>
        group.MapPut("/schedules/{id:guid}", async (Guid id, RescheduleCleaningCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("RescheduleCleaning")
            .WithSummary("Move or reassign one scheduled occurrence (managers). Double-booking is a 409; so is a stale version.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.PlanCleaning;

internal static class PlanCleaningEndpoint
{
    public static void MapPlanCleaning(this RouteGroupBuilder group) =>
        group.MapPost("/schedules", async (PlanCleaningCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var planned = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/janitorial/schedules/{planned.First.Id}", planned);
            })
            .WithName("PlanCleaning")
            .WithSummary("Schedule a cleaning, once or recurring up to a repeat-until date (managers). A double-booked crew member is a 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

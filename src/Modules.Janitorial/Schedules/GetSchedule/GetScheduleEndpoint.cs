using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.GetSchedule;

internal static class GetScheduleEndpoint
{
    public static void MapGetSchedule(this RouteGroupBuilder group) =>
        group.MapGet("/schedules/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetScheduleQuery(id), ct)))
            .WithName("GetSchedule")
            .WithSummary("One cleaning occurrence: managers see any, technicians their own, inspectors those at their sites.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Schedules.CancelScheduleEntry;

internal static class CancelScheduleEntryEndpoint
{
    public static void MapCancelScheduleEntry(this RouteGroupBuilder group) =>
        group.MapDelete("/schedule-entries/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CancelScheduleEntryCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("CancelScheduleEntry")
            .WithSummary("Remove a booking (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

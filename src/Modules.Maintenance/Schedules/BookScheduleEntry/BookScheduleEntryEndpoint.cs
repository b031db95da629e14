using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Schedules.BookScheduleEntry;

internal static class BookScheduleEntryEndpoint
{
    public static void MapBookScheduleEntry(this RouteGroupBuilder group) =>
        group.MapPost("/work-orders/{id:guid}/schedule-entries", async (Guid id, BookScheduleEntryCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var entry = await mediator.Send(command with { WorkOrderId = id }, ct);
                return TypedResults.Created($"/api/maintenance/schedule-entries/{entry.Id}", entry);
            })
            .WithName("BookScheduleEntry")
            .WithSummary("Book a technician on a work order for a time slot (managers). A double booking is a 409; hours outside availability or a missing skill a 422; \"override\": true books anyway and records it.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.AssignTechnician;

internal static class AssignTechnicianEndpoint
{
    public static void MapAssignTechnician(this RouteGroupBuilder group) =>
        group.MapPost("/work-orders/{id:guid}/assign", async (Guid id, AssignTechnicianCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("AssignTechnician")
            .WithSummary("Put a technician on a work order (managers); a requested or open one becomes assigned. A technician without a required skill is a 422 unless \"override\": true.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.DeletePreventivePlan;

internal static class DeletePreventivePlanEndpoint
{
    public static void MapDeletePreventivePlan(this RouteGroupBuilder group) =>
        group.MapDelete("/preventive-plans/{id:guid}", async (Guid id, int? version, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeletePreventivePlanCommand(id, version), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeletePreventivePlan")
            .WithSummary("Delete a plan (managers); its pending occurrence is dropped, the work orders it raised stay.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

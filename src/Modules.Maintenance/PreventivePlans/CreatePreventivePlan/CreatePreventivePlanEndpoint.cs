using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.CreatePreventivePlan;

internal static class CreatePreventivePlanEndpoint
{
    public static void MapCreatePreventivePlan(this RouteGroupBuilder group) =>
        group.MapPost("/preventive-plans", async (CreatePreventivePlanCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var plan = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/maintenance/preventive-plans/{plan.Id}", plan);
            })
            .WithName("CreatePreventivePlan")
            .WithSummary("Plan recurring maintenance on equipment (managers): every N days/weeks/months, fixed or floating, raised leadTimeDays before it is due.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

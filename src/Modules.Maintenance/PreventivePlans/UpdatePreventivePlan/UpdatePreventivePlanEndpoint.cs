using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.UpdatePreventivePlan;

internal static class UpdatePreventivePlanEndpoint
{
    public static void MapUpdatePreventivePlan(this RouteGroupBuilder group) =>
        group.MapPut("/preventive-plans/{id:guid}", async (Guid id, UpdatePreventivePlanCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdatePreventivePlan")
            .WithSummary("Change a plan (managers); it is rescheduled from its new interval and mode. \"active\": false stops it.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

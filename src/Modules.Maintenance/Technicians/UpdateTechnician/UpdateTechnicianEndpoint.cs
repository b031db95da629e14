using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians.UpdateTechnician;

internal static class UpdateTechnicianEndpoint
{
    public static void MapUpdateTechnician(this RouteGroupBuilder group) =>
        group.MapPut("/technicians/{id:guid}", async (Guid id, UpdateTechnicianCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateTechnician")
            .WithSummary("Change a technician (managers): the lists given replace the stored ones. Send the version you read.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians.RegisterTechnician;

internal static class RegisterTechnicianEndpoint
{
    public static void MapRegisterTechnician(this RouteGroupBuilder group) =>
        group.MapPost("/technicians", async (RegisterTechnicianCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var technician = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/maintenance/technicians/{technician.Id}", technician);
            })
            .WithName("RegisterTechnician")
            .WithSummary("Register a technician with skills (level 1-5), weekly working hours (UTC) and days away (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

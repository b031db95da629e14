using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Equipment.RegisterEquipment;

internal static class RegisterEquipmentEndpoint
{
    public static void MapRegisterEquipment(this RouteGroupBuilder group) =>
        group.MapPost("/equipment", async (RegisterEquipmentCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var equipment = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/maintenance/equipment/{equipment.Id}", equipment);
            })
            .WithName("RegisterEquipment")
            .WithSummary("Register a piece of equipment (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

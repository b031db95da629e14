using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.RequestRepair;

internal static class RequestRepairEndpoint
{
    public static void MapRequestRepair(this RouteGroupBuilder group) =>
        group.MapPost("/hardware/{id:guid}/repair-requests", async (Guid id, RequestRepairCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var record = await mediator.Send(command with { HardwareId = id }, ct);
                return TypedResults.Created($"/api/it-assets/maintenance-records?hardwareId={id}", record);
            })
            .WithName("RequestItRepair")
            .WithSummary("Send hardware to repair (IT staff): a maintenance work order is raised (source it_asset); its completion closes the record and returns the hardware to service.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

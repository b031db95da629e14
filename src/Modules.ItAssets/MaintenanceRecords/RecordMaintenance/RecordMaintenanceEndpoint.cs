using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.RecordMaintenance;

internal static class RecordMaintenanceEndpoint
{
    public static void MapRecordMaintenance(this RouteGroupBuilder group) =>
        group.MapPost("/hardware/{id:guid}/maintenance", async (Guid id, RecordMaintenanceCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var record = await mediator.Send(command with { HardwareId = id }, ct);
                return TypedResults.Created($"/api/it-assets/maintenance-records?hardwareId={id}", record);
            })
            .WithName("RecordItMaintenance")
            .WithSummary("Record maintenance done on hardware: repair, upgrade or inspection, with cost and vendor (IT staff).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

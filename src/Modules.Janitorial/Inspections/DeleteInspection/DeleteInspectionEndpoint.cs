using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.DeleteInspection;

internal static class DeleteInspectionEndpoint
{
    public static void MapDeleteInspection(this RouteGroupBuilder group) =>
        group.MapDelete("/inspections/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteInspectionCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteInspection")
            .WithSummary("Delete an inspection entered by mistake (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inspections.UpdateInspection;

internal static class UpdateInspectionEndpoint
{
    public static void MapUpdateInspection(this RouteGroupBuilder group) =>
        group.MapPut("/inspections/{id:guid}", async (Guid id, UpdateInspectionCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateInspection")
            .WithSummary("Correct an inspection: managers any, inspectors those at their sites. Send the version you read.")
            .RequireAuthorization(JanitorialPolicies.Inspectors)
            .ProducesWriteProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inspections.RecordInspection;

internal static class RecordInspectionEndpoint
{
    public static void MapRecordInspection(this RouteGroupBuilder group) =>
        group.MapPost("/inspections", async (RecordInspectionCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var inspection = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/janitorial/inspections/{inspection.Id}", inspection);
            })
            .WithName("RecordInspection")
            .WithSummary("Record a site inspection: managers anywhere, inspectors and technicians at their sites. A score under the site's threshold raises InspectionFailed.")
            .RequireAuthorization(JanitorialPolicies.SiteStaff)
            .ProducesWriteProblems();
}

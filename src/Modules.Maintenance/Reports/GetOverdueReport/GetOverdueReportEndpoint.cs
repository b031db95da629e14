using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOverdueReport;

internal static class GetOverdueReportEndpoint
{
    public static void MapGetOverdueReport(this RouteGroupBuilder group) =>
        group.MapGet("/reports/overdue", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOverdueReportQuery(), ct)))
            .WithName("GetOverdueReport")
            .WithSummary("How many work orders are overdue, by priority (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}

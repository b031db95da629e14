using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOpenWorkOrdersReport;

internal static class GetOpenWorkOrdersReportEndpoint
{
    public static void MapGetOpenWorkOrdersReport(this RouteGroupBuilder group) =>
        group.MapGet("/reports/open-work-orders", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOpenWorkOrdersReportQuery(), ct)))
            .WithName("GetOpenWorkOrdersReport")
            .WithSummary("Unfinished work orders by priority and age (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Reports.GetCompletionTimesReport;

internal static class GetCompletionTimesReportEndpoint
{
    public static void MapGetCompletionTimesReport(this RouteGroupBuilder group) =>
        group.MapGet("/reports/completion-times", async ([AsParameters] GetCompletionTimesReportQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetCompletionTimesReport")
            .WithSummary("Mean time to complete per equipment and per priority, for work orders completed in a window (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}

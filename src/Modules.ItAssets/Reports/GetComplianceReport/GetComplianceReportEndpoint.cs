using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

internal static class GetComplianceReportEndpoint
{
    public static void MapGetComplianceReport(this RouteGroupBuilder group) =>
        group.MapGet("/reports/compliance", async (int? withinDays, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetComplianceReportQuery(withinDays), ct)))
            .WithName("GetItComplianceReport")
            .WithSummary("Seats used vs owned, licenses expired but in use, licenses and warranties ending within N days, hardware without a holder, overdue returns (IT staff).")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}

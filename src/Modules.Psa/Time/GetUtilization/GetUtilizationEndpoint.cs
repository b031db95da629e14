using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.GetUtilization;

internal static class GetUtilizationEndpoint
{
    public static void MapGetUtilization(this RouteGroupBuilder group) =>
        group.MapGet("/reports/utilization", async ([AsParameters] GetUtilizationQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("GetUtilization")
            .WithSummary("Utilization per person per week (from a Monday, 1-12 weeks): hours logged and billable against weekly capacity. Managers: everyone (or userId); others: themselves.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}

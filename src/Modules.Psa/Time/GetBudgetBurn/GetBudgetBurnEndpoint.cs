using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.GetBudgetBurn;

internal static class GetBudgetBurnEndpoint
{
    public static void MapGetBudgetBurn(this RouteGroupBuilder group) =>
        group.MapGet("/projects/{id:guid}/budget-burn", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetBudgetBurnQuery(id), ct)))
            .WithName("GetBudgetBurn")
            .WithSummary("A project's budget burn: hours logged, billable and approved against the hour budget, and billable hours at the rate against the amount. Owner, members, managers.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}

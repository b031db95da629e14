using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.SubmitWeek;

internal static class SubmitWeekEndpoint
{
    public static void MapSubmitWeek(this RouteGroupBuilder group) =>
        group.MapPost("/timesheets/submit", async (SubmitWeekCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithName("SubmitWeek")
            .WithSummary("Submit your week (weekStart, a Monday): your draft and rejected entries of that week go to each project's owner for approval.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}

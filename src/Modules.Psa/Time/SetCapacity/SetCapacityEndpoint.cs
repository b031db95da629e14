using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.SetCapacity;

internal static class SetCapacityEndpoint
{
    public static void MapSetCapacity(this RouteGroupBuilder group) =>
        group.MapPut("/people/{userId:guid}/capacity", async (Guid userId, SetCapacityCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { UserId = userId }, ct)))
            .WithName("SetCapacity")
            .WithSummary("Set a person's weekly capacity in hours (managers); utilization is measured against it (40 h when never set).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

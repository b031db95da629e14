using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.RemoveSiteMember;

internal static class RemoveSiteMemberEndpoint
{
    public static void MapRemoveSiteMember(this RouteGroupBuilder group) =>
        group.MapDelete("/sites/{id:guid}/members/{userId:guid}", async (Guid id, Guid userId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveSiteMemberCommand(id, userId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveSiteMember")
            .WithSummary("Take a user off a site (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

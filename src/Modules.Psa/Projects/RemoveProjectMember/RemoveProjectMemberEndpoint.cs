using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.RemoveProjectMember;

internal static class RemoveProjectMemberEndpoint
{
    public static void MapRemoveProjectMember(this RouteGroupBuilder group) =>
        group.MapDelete("/projects/{id:guid}/members/{userId:guid}", async (Guid id, Guid userId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RemoveProjectMemberCommand(id, userId), ct)))
            .WithName("RemoveProjectMember")
            .WithSummary("Remove a member from a project: owner (or admin) only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.AssignSiteMember;

internal static class AssignSiteMemberEndpoint
{
    public static void MapAssignSiteMember(this RouteGroupBuilder group) =>
        group.MapPut("/sites/{id:guid}/members/{userId:guid}", async (Guid id, Guid userId, AssignSiteMemberCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { SiteId = id, UserId = userId }, ct)))
            .WithName("AssignSiteMember")
            .WithSummary("Assign a technician, inspector or client user to a site (managers).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

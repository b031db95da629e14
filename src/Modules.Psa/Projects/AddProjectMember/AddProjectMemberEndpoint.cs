using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.AddProjectMember;

internal static class AddProjectMemberEndpoint
{
    public static void MapAddProjectMember(this RouteGroupBuilder group) =>
        group.MapPut("/projects/{id:guid}/members/{userId:guid}", async (Guid id, Guid userId, AddProjectMemberCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id, UserId = userId }, ct)))
            .WithName("AddProjectMember")
            .WithSummary("Add a user to a project as a member or a client_viewer, or change their role: owner (or admin) only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}

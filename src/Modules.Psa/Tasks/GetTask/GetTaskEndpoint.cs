using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.GetTask;

internal static class GetTaskEndpoint
{
    public static void MapGetTask(this RouteGroupBuilder group) =>
        group.MapGet("/tasks/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTaskQuery(id), ct)))
            .WithName("GetTask")
            .WithSummary("One task, for the project's owner, members, managers and admins (404 for anyone else, client viewers included).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}

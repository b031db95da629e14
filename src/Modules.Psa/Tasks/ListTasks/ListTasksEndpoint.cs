using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.ListTasks;

internal static class ListTasksEndpoint
{
    public static void MapListTasks(this RouteGroupBuilder group) =>
        group.MapGet("/tasks", async ([AsParameters] ListTasksQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListTasks")
            .WithSummary("The task board over the projects the caller works on (managers: all): mine=true for my tasks, overdue=true, or by projectId, assigneeId, status, priority, dueBefore; sorted by dueOn, priority, title or createdAt.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}

using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.UpdateTimeEntry;

internal static class UpdateTimeEntryEndpoint
{
    public static void MapUpdateTimeEntry(this RouteGroupBuilder group) =>
        group.MapPut("/time-entries/{id:guid}", async (Guid id, UpdateTimeEntryCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateTimeEntry")
            .WithSummary("Correct your own draft or rejected time entry (it becomes a draft); submitted and approved entries are a 409, anyone else's a 404.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}

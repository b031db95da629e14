using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.DeleteTimeEntry;

internal static class DeleteTimeEntryEndpoint
{
    public static void MapDeleteTimeEntry(this RouteGroupBuilder group) =>
        group.MapDelete("/time-entries/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteTimeEntryCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTimeEntry")
            .WithSummary("Delete your own draft or rejected time entry; submitted and approved entries are a 409.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}

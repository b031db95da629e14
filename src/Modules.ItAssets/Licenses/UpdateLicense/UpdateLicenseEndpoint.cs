using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.UpdateLicense;

internal static class UpdateLicenseEndpoint
{
    public static void MapUpdateLicense(this RouteGroupBuilder group) =>
        group.MapPut("/licenses/{id:guid}", async (Guid id, UpdateLicenseCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateLicense")
            .WithSummary("Change a license (IT staff); a new expiry reschedules its reminders. Fewer seats owned than in use: 422; a stale version: 409.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

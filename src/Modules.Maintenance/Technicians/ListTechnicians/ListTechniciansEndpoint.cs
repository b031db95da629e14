using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;

internal static class ListTechniciansEndpoint
{
    public static void MapListTechnicians(this RouteGroupBuilder group) =>
        group.MapGet("/technicians", async ([AsParameters] ListTechniciansQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListTechnicians")
            .WithSummary("Technicians (managers), filtered by active and skill; sortable by name or createdAt.")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}

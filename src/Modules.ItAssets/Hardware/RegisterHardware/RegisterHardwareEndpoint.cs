using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

internal static class RegisterHardwareEndpoint
{
    public static void MapRegisterHardware(this RouteGroupBuilder group) =>
        group.MapPost("/hardware", async (RegisterHardwareCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var asset = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/it-assets/hardware/{asset.Id}", asset);
            })
            .WithName("RegisterHardware")
            .WithSummary("Register a hardware asset (IT staff: admins and managers). It starts in stock and ready unless stage (ordered) or status say otherwise.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
}

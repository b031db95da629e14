using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStage;

/// <summary>A stage move, and its two named forms: retire and dispose.</summary>
internal static class ChangeHardwareStageEndpoint
{
    internal sealed record StageNote(string? Note);

    public static void MapChangeHardwareStage(this RouteGroupBuilder group)
    {
        group.MapPost("/hardware/{id:guid}/stage", async (Guid id, ChangeHardwareStageCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ChangeHardwareStage")
            .WithSummary("Move hardware along its lifecycle (IT staff). An illegal move is 409 naming the allowed ones; each move is kept in its history.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
        group.MapPost("/hardware/{id:guid}/retire", async (Guid id, StageNote? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeHardwareStageCommand(LifecycleStage.Retired, body?.Note) { Id = id }, ct)))
            .WithName("RetireHardware")
            .WithSummary("Retire hardware that is in stock or in repair without a holder (IT staff).")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
        group.MapPost("/hardware/{id:guid}/dispose", async (Guid id, StageNote? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeHardwareStageCommand(LifecycleStage.Disposed, body?.Note) { Id = id }, ct)))
            .WithName("DisposeHardware")
            .WithSummary("Dispose of retired hardware (IT staff). Final.")
            .RequireAuthorization(Policies.Manager)
            .ProducesWriteProblems();
    }
}

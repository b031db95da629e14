using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using Wolverine;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;

/// <summary>
/// Delivered once by the bus when an occurrence falls due (on whichever node holds it). Taking the module's DbContext
/// puts the raise command (which shares it, through the message's scope) in Wolverine's transaction, together with the
/// envelope's handled mark.
/// </summary>
public sealed class PreventivePlanDueHandler : IWolverineHandler
{
    public static Task Handle(PreventivePlanDue message, MaintenanceDbContext db, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RaisePlannedWorkOrderCommand(message.PlanId, message.DueAt), cancellationToken);
}

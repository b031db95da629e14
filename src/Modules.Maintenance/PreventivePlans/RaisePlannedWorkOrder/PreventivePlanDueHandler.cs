using MediatR;
using Wolverine;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;

/// <summary>
/// Delivered once by the bus when an occurrence falls due (on whichever node holds it). The raise command's unit of work (the module's
/// session, from the message's scope) joins the handler's message context, so its one commit also marks the envelope handled.
/// </summary>
public sealed class PreventivePlanDueHandler : IWolverineHandler
{
    public static Task Handle(PreventivePlanDue message, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RaisePlannedWorkOrderCommand(message.PlanId, message.DueAt), cancellationToken);
}

using MediatR;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;

/// <summary>Delivered once by the bus when an occurrence falls due (on whichever node claims it), inside the bus's transaction.</summary>
internal sealed class PreventivePlanDueHandler(IMediator mediator) : IIntegrationEventHandler<PreventivePlanDue>
{
    public Task Handle(PreventivePlanDue message, MessageContext context, CancellationToken cancellationToken) =>
        mediator.Send(new RaisePlannedWorkOrderCommand(message.PlanId, message.DueAt), cancellationToken);
}

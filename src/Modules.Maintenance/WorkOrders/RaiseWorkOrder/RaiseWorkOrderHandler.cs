using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Equipment;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.RaiseWorkOrder;

internal sealed class RaiseWorkOrderHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RaiseWorkOrderCommand, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(RaiseWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var origin = command.Origin
                     ?? new WorkOrderOrigin(user.IsManager ? WorkOrderSource.Manual : WorkOrderSource.Request, null, user.Id);
        var siteId = command.SiteId;
        if (command.EquipmentId is { } equipmentId)
        {
            var equipment = await db.Documents.LoadAsync<Equipment.Equipment>(equipmentId, cancellationToken)
                            ?? throw new DomainRuleViolation($"Equipment '{equipmentId}' does not exist.", "equipmentId");
            if (equipment.Status == EquipmentStatus.Retired)
                throw new DomainRuleViolation($"'{equipment.Name}' is retired; work orders cannot be raised on it.", "equipmentId");
            siteId ??= equipment.SiteId;
        }

        var workOrder = WorkOrder.Raise(
            command.Title, command.Description, command.Priority!.Value, command.EquipmentId, siteId, command.DueAt,
            command.RequiredSkills ?? [], origin, now);
        db.Documents.Events.StartStream<WorkOrder>(workOrder.Id, workOrder.TakeEvents());
        db.PublishRaised(workOrder, now);
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Modules.Maintenance.WorkOrders.RaiseWorkOrder;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;

/// <summary>
/// Raises one preventive work order per plan and due date. The plan advances on the same (scoped) unit of work, so the
/// raise command's single SaveChanges commits the work order, the plan's next due date, its next scheduled occurrence
/// and the published events together; a
/// second delivery finds the work order (or a plan that moved on) and does nothing, and the unique index on
/// (source, source_reference) settles a race.
/// </summary>
internal sealed class RaisePlannedWorkOrderHandler(MaintenanceSession db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RaisePlannedWorkOrderCommand, Guid?>
{
    public async Task<Guid?> Handle(RaisePlannedWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.Documents.LoadAsync<PreventivePlan>(command.PlanId, cancellationToken);
        if (plan is null) return null;
        var reference = plan.OccurrenceReference(command.DueAt);
        if (await db.Documents.Query<WorkOrder>().AnyAsync(w => w.Source == WorkOrderSource.Preventive && w.SourceReference == reference, cancellationToken))
            return null;
        var now = clock.GetUtcNow();
        if (!plan.Raise(command.DueAt, now)) return null;
        db.Update(plan);
        db.Reschedule(plan, now);

        var workOrder = await mediator.Send(
            new RaiseWorkOrderCommand(plan.Title, plan.Description, plan.Priority, plan.EquipmentId, null, command.DueAt, plan.RequiredSkills)
            {
                Origin = new WorkOrderOrigin(WorkOrderSource.Preventive, reference, plan.CreatedBy, plan.Id),
            }, cancellationToken);
        return workOrder.Id;
    }
}

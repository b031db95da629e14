using OpsPlatform.Modules.Maintenance.Technicians;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.AssignTechnician;

internal sealed class AssignTechnicianHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<AssignTechnicianCommand, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(AssignTechnicianCommand command, CancellationToken cancellationToken)
    {
        var stream = await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken);
        var workOrder = stream.Aggregate!;
        var technician = await db.Documents.LoadAsync<Technician>(command.TechnicianId!.Value, cancellationToken)
                         ?? throw new DomainRuleViolation($"Technician '{command.TechnicianId}' does not exist.", "technicianId");
        var now = clock.GetUtcNow();
        var from = workOrder.Assign(technician, user.Id, command.Override ?? false, now);
        stream.Append();
        db.PublishAssigned(workOrder, now);
        if (from is { } previous) db.PublishTransition(workOrder, previous, user.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

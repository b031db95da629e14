using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.DeletePreventivePlan;

/// <summary>Removes a plan; the work orders it raised stay (they keep the plan id as history).</summary>
internal sealed class DeletePreventivePlanHandler(MaintenanceSession db) : IRequestHandler<DeletePreventivePlanCommand, bool>
{
    public async Task<bool> Handle(DeletePreventivePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.Documents.LoadAsync<PreventivePlan>(command.Id, cancellationToken)
                   ?? throw new NotFoundException("Preventive plan", command.Id);
        plan.EnsureVersion(command.Version);
        db.Documents.Delete(plan);
        db.CancelScheduled(plan.ScheduleKey);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

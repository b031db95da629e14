using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.UpdatePreventivePlan;

internal sealed class UpdatePreventivePlanHandler(MaintenanceSession db, TimeProvider clock) : IRequestHandler<UpdatePreventivePlanCommand, PreventivePlanDetails>
{
    public async Task<PreventivePlanDetails> Handle(UpdatePreventivePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.Documents.LoadAsync<PreventivePlan>(command.Id, cancellationToken)
                   ?? throw new NotFoundException("Preventive plan", command.Id);
        plan.EnsureVersion(command.Version);
        var now = clock.GetUtcNow();
        plan.Change(command.Title, command.Description, command.Priority!.Value, command.RequiredSkills ?? [], command.IntervalCount!.Value,
            command.IntervalUnit!.Value, command.Mode!.Value, command.LeadTimeDays!.Value, command.FirstDueAt!.Value, command.Active!.Value, now);
        db.Update(plan);
        db.Reschedule(plan, now);
        await db.SaveChangesAsync(cancellationToken);
        return PreventivePlanDetails.From(plan);
    }
}

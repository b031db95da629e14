using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Equipment;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.CreatePreventivePlan;

internal sealed class CreatePreventivePlanHandler(MaintenanceDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreatePreventivePlanCommand, PreventivePlanDetails>
{
    public async Task<PreventivePlanDetails> Handle(CreatePreventivePlanCommand command, CancellationToken cancellationToken)
    {
        var status = await db.Equipment.AsNoTracking().Where(e => e.Id == command.EquipmentId).Select(e => (EquipmentStatus?)e.Status)
                         .SingleOrDefaultAsync(cancellationToken)
                     ?? throw new DomainRuleViolation($"Equipment '{command.EquipmentId}' does not exist.", "equipmentId");
        if (status == EquipmentStatus.Retired)
            throw new DomainRuleViolation("Retired equipment takes no preventive plans.", "equipmentId");

        var now = clock.GetUtcNow();
        var plan = PreventivePlan.Create(command.EquipmentId!.Value, command.Title, command.Description, command.Priority!.Value, command.RequiredSkills ?? [],
            command.IntervalCount!.Value, command.IntervalUnit!.Value, command.Mode!.Value, command.LeadTimeDays!.Value, command.FirstDueAt!.Value,
            user.Id, now);
        db.PreventivePlans.Add(plan);
        db.Reschedule(plan, now);
        await db.SaveChangesAsync(cancellationToken);
        return PreventivePlanDetails.From(plan);
    }
}

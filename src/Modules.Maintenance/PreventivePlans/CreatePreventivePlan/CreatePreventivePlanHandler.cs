using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Equipment;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.CreatePreventivePlan;

internal sealed class CreatePreventivePlanHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreatePreventivePlanCommand, PreventivePlanDetails>
{
    public async Task<PreventivePlanDetails> Handle(CreatePreventivePlanCommand command, CancellationToken cancellationToken)
    {
        var status = (await db.Documents.LoadAsync<Equipment.Equipment>(command.EquipmentId!.Value, cancellationToken))?.Status
                     ?? throw new DomainRuleViolation($"Equipment '{command.EquipmentId}' does not exist.", "equipmentId");
        if (status == EquipmentStatus.Retired)
            throw new DomainRuleViolation("Retired equipment takes no preventive plans.", "equipmentId");

        var now = clock.GetUtcNow();
        var plan = PreventivePlan.Create(command.EquipmentId!.Value, command.Title, command.Description, command.Priority!.Value, command.RequiredSkills ?? [],
            command.IntervalCount!.Value, command.IntervalUnit!.Value, command.Mode!.Value, command.LeadTimeDays!.Value, command.FirstDueAt!.Value,
            user.Id, now);
        db.Insert(plan);
        db.Reschedule(plan, now);
        await db.SaveChangesAsync(cancellationToken);
        return PreventivePlanDetails.From(plan);
    }
}

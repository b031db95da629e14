using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.CreatePreventivePlan;

/// <summary>Every <see cref="IntervalCount"/> <see cref="IntervalUnit"/>, first due at <see cref="FirstDueAt"/>; raised <see cref="LeadTimeDays"/> ahead.</summary>
internal sealed record CreatePreventivePlanCommand(
    Guid? EquipmentId,
    string Title,
    string Description,
    WorkOrderPriority? Priority,
    IReadOnlyList<string>? RequiredSkills,
    int? IntervalCount,
    IntervalUnit? IntervalUnit,
    DueMode? Mode,
    int? LeadTimeDays,
    DateTimeOffset? FirstDueAt) : ICommand<PreventivePlanDetails>;

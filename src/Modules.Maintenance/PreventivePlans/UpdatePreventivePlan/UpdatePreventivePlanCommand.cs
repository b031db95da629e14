using System.Text.Json.Serialization;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.UpdatePreventivePlan;

internal sealed record UpdatePreventivePlanCommand(
    string Title,
    string Description,
    WorkOrderPriority? Priority,
    IReadOnlyList<string>? RequiredSkills,
    int? IntervalCount,
    IntervalUnit? IntervalUnit,
    DueMode? Mode,
    int? LeadTimeDays,
    DateTimeOffset? FirstDueAt,
    bool? Active,
    int? Version) : ICommand<PreventivePlanDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}

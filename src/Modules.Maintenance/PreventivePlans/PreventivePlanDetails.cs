using System.Linq.Expressions;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans;

internal sealed record PreventivePlanDetails(
    Guid Id,
    Guid EquipmentId,
    string Title,
    string Description,
    WorkOrderPriority Priority,
    string[] RequiredSkills,
    int IntervalCount,
    IntervalUnit IntervalUnit,
    DueMode Mode,
    int LeadTimeDays,
    DateTimeOffset FirstDueAt,
    DateTimeOffset? NextDueAt,
    DateTimeOffset? RaisesAt,
    DateTimeOffset? LastRaisedDueAt,
    DateTimeOffset? LastCompletedAt,
    bool Active,
    Guid CreatedBy,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static readonly Expression<Func<PreventivePlan, PreventivePlanDetails>> Projection = p => new PreventivePlanDetails(
        p.Id, p.EquipmentId, p.Title, p.Description, p.Priority, p.RequiredSkills, p.IntervalCount, p.IntervalUnit, p.Mode, p.LeadTimeDays,
        p.FirstDueAt, p.NextDueAt, p.RaisesAt, p.LastRaisedDueAt, p.LastCompletedAt, p.Active, p.CreatedBy, p.Version, p.CreatedAt, p.UpdatedAt);

    private static readonly Func<PreventivePlan, PreventivePlanDetails> Compiled = Projection.Compile();

    public static PreventivePlanDetails From(PreventivePlan plan) => Compiled(plan);
}

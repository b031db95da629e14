using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.ListPreventivePlans;

internal sealed class ListPreventivePlansHandler(MaintenanceSession db) : IRequestHandler<ListPreventivePlansQuery, Paged<PreventivePlanDetails>>
{
    public Task<Paged<PreventivePlanDetails>> Handle(ListPreventivePlansQuery query, CancellationToken cancellationToken)
    {
        IQueryable<PreventivePlan> plans = db.Documents.Query<PreventivePlan>();
        if (query.EquipmentId is { } equipmentId) plans = plans.Where(p => p.EquipmentId == equipmentId);
        if (query.Active is { } active) plans = plans.Where(p => p.Active == active);
        if (query.DueBefore is { } before) plans = plans.Where(p => p.NextDueAt < before);
        return PreventivePlanSortFields.All.Apply(plans, query.Sort).Select(PreventivePlanDetails.Projection).ToPagedAsync(query, cancellationToken);
    }
}

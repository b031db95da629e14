using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.ListPreventivePlans;

internal sealed record ListPreventivePlansQuery(Guid? EquipmentId, bool? Active, DateTimeOffset? DueBefore, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<PreventivePlanDetails>>, IPagedQuery;

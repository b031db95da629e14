using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.ListPreventivePlans;

internal sealed class ListPreventivePlansValidator() : PagedQueryValidator<ListPreventivePlansQuery, PreventivePlan>(PreventivePlanSortFields.All);

using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.ListPreventivePlans;

internal static class PreventivePlanSortFields
{
    public static readonly SortFields<PreventivePlan> All = new SortFields<PreventivePlan>("nextDueAt")
        .Add("nextDueAt", p => p.NextDueAt)
        .Add("title", p => p.Title)
        .Add("createdAt", p => p.CreatedAt);
}

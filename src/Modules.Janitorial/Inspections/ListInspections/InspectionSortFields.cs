using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inspections.ListInspections;

internal static class InspectionSortFields
{
    public static readonly SortFields<SiteInspection> All = new SortFields<SiteInspection>("-inspectionDate")
        .Add("inspectionDate", i => i.InspectionDate)
        .Add("score", i => i.Score)
        .Add("createdAt", i => i.CreatedAt);
}

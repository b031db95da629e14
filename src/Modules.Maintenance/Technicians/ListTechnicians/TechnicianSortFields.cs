using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;

internal static class TechnicianSortFields
{
    public static readonly SortFields<Technician> All = new SortFields<Technician>("name")
        .Add("name", t => t.Name)
        .Add("createdAt", t => t.CreatedAt);
}

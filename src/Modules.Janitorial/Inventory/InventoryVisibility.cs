using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>Managers see all stock; technicians and inspectors the stock of their sites; clients none.</summary>
internal static class InventoryVisibility
{
    public static IQueryable<SupplyItem> VisibleTo(this IQueryable<SupplyItem> items, JanitorialDbContext db, ICurrentUser user)
    {
        if (user.IsManager) return items;
        var sites = db.StaffSitesOf(user.Id);
        return items.Where(i => sites.Contains(i.SiteId));
    }

    /// <summary>Who may record consumption: managers anywhere, technicians at the sites they are assigned to.</summary>
    public static IQueryable<SupplyItem> ConsumableBy(this IQueryable<SupplyItem> items, JanitorialDbContext db, ICurrentUser user)
    {
        if (user.IsManager) return items;
        var sites = db.SitesOf(user.Id, SiteRole.Technician);
        return items.Where(i => sites.Contains(i.SiteId));
    }
}

using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>Managers see all stock; technicians and inspectors the stock of their sites; clients none.</summary>
internal static class InventoryVisibility
{
    public static async Task<IQueryable<SupplyItem>> VisibleItemsAsync(this JanitorialSession db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var items = db.Documents.Query<SupplyItem>();
        if (user.IsManager) return items;
        var sites = await db.StaffSitesOfAsync(user.Id, cancellationToken);
        return items.Where(i => sites.Contains(i.SiteId));
    }

    /// <summary>Who may record consumption: managers anywhere, technicians at the sites they are assigned to.</summary>
    public static async Task<bool> MayConsumeAsync(this JanitorialSession db, Guid siteId, ICurrentUser user, CancellationToken cancellationToken) =>
        user.IsManager || (await db.SitesOfAsync(user.Id, SiteRole.Technician, cancellationToken)).Contains(siteId);
}

using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>The seed's scoped read: managers see every asset; anyone else only the assets assigned to them.</summary>
internal static class HardwareVisibility
{
    public static IQueryable<HardwareAsset> VisibleTo(this IQueryable<HardwareAsset> hardware, ICurrentUser user)
    {
        if (user.IsManager) return hardware;
        var me = user.Id;
        return hardware.Where(h => h.AssignedTo == me);
    }
}

using MudBlazor;
using OpsPlatform.Admin.Navigation;

namespace OpsPlatform.Admin.Modules.ItAssets;

/// <summary>
/// The IT assets module's pages in the navigation. IT staff (admins, managers) see every list; everyone else only what
/// they hold, so they get "My assets" (the API shows them nothing on the licenses list or the report: 403).
/// </summary>
public static class ItAssetsNav
{
    public static readonly AdminNavGroup Group = new("IT assets", Icons.Material.Filled.Devices, 30,
    [
        new("Hardware", "/admin/it-assets/hardware", Icons.Material.Filled.Laptop, ShownTo: u => u.IsManager),
        new("Licenses", "/admin/it-assets/licenses", Icons.Material.Filled.VpnKey, ShownTo: u => u.IsManager),
        new("Compliance", "/admin/it-assets/compliance", Icons.Material.Filled.Policy, ShownTo: u => u.IsManager),
        new("My assets", "/admin/it-assets/my", Icons.Material.Filled.DevicesOther),
    ]);
}

using MudBlazor;
using OpsPlatform.Admin.Navigation;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Modules.Janitorial;

/// <summary>
/// The janitorial module's pages in the navigation. Clients get nothing from the calendar or inventory (the API shows
/// them no schedules or stock), so those links are hidden from them; clients start on their sites.
/// </summary>
public static class JanitorialNav
{
    public static readonly AdminNavGroup Group = new("Janitorial", Icons.Material.Filled.CleaningServices, 20,
    [
        new("Sites", "/admin/janitorial/sites", Icons.Material.Filled.Business, StartFor: IsClientOnly),
        new("Cleaning calendar", "/admin/janitorial/calendar", Icons.Material.Filled.CalendarMonth, ShownTo: u => !IsClientOnly(u)),
        new("Inspections", "/admin/janitorial/inspections", Icons.Material.Filled.FactCheck),
        new("Inventory", "/admin/janitorial/inventory", Icons.Material.Filled.Inventory2, ShownTo: u => !IsClientOnly(u)),
    ]);

    public static bool IsClientOnly(AdminUser user) => user.Roles.Length > 0 && user.Roles.All(r => r == "client");
}

using MudBlazor;
using OpsPlatform.Admin.Navigation;

namespace OpsPlatform.Admin.Modules.Administration;

/// <summary>Accounts and the message bus: only admins get anything from these APIs (everyone else gets 403), so only they see the links.</summary>
public static class AdministrationNav
{
    public static readonly AdminNavGroup Group = new("Admin", Icons.Material.Filled.AdminPanelSettings, 90,
    [
        new("Users and roles", "/admin/users", Icons.Material.Filled.ManageAccounts, ShownTo: u => u.IsIn("admin")),
        new("Dead letters", "/admin/dead-letters", Icons.Material.Filled.MarkEmailUnread, ShownTo: u => u.IsIn("admin")),
    ]);
}

using MudBlazor;
using OpsPlatform.Admin.Navigation;

namespace OpsPlatform.Admin.Modules.Psa;

/// <summary>The PSA module's pages: everyone sees the projects the API lists to them (client viewers their own, in summary).</summary>
public static class PsaNav
{
    public static readonly AdminNavGroup Group = new("Projects", Icons.Material.Filled.Work, 40,
    [
        new("Projects", "/admin/psa/projects", Icons.Material.Filled.FolderOpen),
    ]);
}

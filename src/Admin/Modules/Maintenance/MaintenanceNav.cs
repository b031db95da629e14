using MudBlazor;
using OpsPlatform.Admin.Navigation;

namespace OpsPlatform.Admin.Modules.Maintenance;

/// <summary>The maintenance module's pages in the navigation; managers start on the board, everyone else on their work.</summary>
public static class MaintenanceNav
{
    public static readonly AdminNavGroup Group = new("Maintenance", Icons.Material.Filled.Build, 10,
    [
        new("Work order board", "/admin/maintenance/board", Icons.Material.Filled.ViewKanban,
            ShownTo: u => u.IsManager, StartFor: u => u.IsManager),
        new("Work orders", "/admin/maintenance/work-orders", Icons.Material.Filled.Assignment,
            ShownTo: u => u.IsManager),
        new("My work", "/admin/maintenance/work-orders", Icons.Material.Filled.AssignmentInd,
            ShownTo: u => !u.IsManager, StartFor: u => u.IsIn("technician") || u.IsIn("member") || u.IsIn("inspector")),
        new("My week", "/admin/maintenance/my-week", Icons.Material.Filled.CalendarViewWeek,
            ShownTo: u => u.IsIn("technician") && !u.IsManager),
        new("Equipment", "/admin/maintenance/equipment", Icons.Material.Filled.PrecisionManufacturing),
        new("Technicians", "/admin/maintenance/technicians", Icons.Material.Filled.Engineering, ShownTo: u => u.IsManager),
        new("Preventive plans", "/admin/maintenance/plans", Icons.Material.Filled.EventRepeat, ShownTo: u => u.IsManager),
        new("Reports", "/admin/maintenance/reports", Icons.Material.Filled.BarChart, ShownTo: u => u.IsManager),
    ]);
}

using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs;
using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.Persistence;

/// <remarks>Public only so that Wolverine's generated handler code can open its transaction; every member is internal.</remarks>
public sealed class MaintenanceDbContext(DbContextOptions<MaintenanceDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => MaintenanceModule.Schema;

    internal DbSet<Equipment.Equipment> Equipment => Set<Equipment.Equipment>();
    internal DbSet<Technician> Technicians => Set<Technician>();
    internal DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();
    internal DbSet<WorkOrderTransition> WorkOrderTransitions => Set<WorkOrderTransition>();
    internal DbSet<ScheduleEntry> ScheduleEntries => Set<ScheduleEntry>();
    internal DbSet<MaintenanceLog> MaintenanceLogs => Set<MaintenanceLog>();
    internal DbSet<PreventivePlan> PreventivePlans => Set<PreventivePlan>();
}

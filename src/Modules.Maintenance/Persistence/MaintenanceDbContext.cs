using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs;
using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.Persistence;

internal sealed class MaintenanceDbContext(DbContextOptions<MaintenanceDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => MaintenanceModule.Schema;

    public DbSet<Equipment.Equipment> Equipment => Set<Equipment.Equipment>();
    public DbSet<Technician> Technicians => Set<Technician>();
    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();
    public DbSet<WorkOrderTransition> WorkOrderTransitions => Set<WorkOrderTransition>();
    public DbSet<ScheduleEntry> ScheduleEntries => Set<ScheduleEntry>();
    public DbSet<MaintenanceLog> MaintenanceLogs => Set<MaintenanceLog>();
    public DbSet<PreventivePlan> PreventivePlans => Set<PreventivePlan>();
}

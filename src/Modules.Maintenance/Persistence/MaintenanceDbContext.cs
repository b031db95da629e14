using Microsoft.EntityFrameworkCore;
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
}

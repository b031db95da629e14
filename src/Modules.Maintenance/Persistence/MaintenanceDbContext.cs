using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.Persistence;

internal sealed class MaintenanceDbContext(DbContextOptions<MaintenanceDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    protected override string Schema => MaintenanceModule.Schema;

    public DbSet<Equipment.Equipment> Equipment => Set<Equipment.Equipment>();
}

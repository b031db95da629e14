using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.Persistence;

internal sealed class MaintenanceDbContext(DbContextOptions<MaintenanceDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => MaintenanceModule.Schema;

    public DbSet<Equipment.Equipment> Equipment => Set<Equipment.Equipment>();
}

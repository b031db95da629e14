using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Maintenance.Persistence;

internal sealed class MaintenanceDemoData(MaintenanceDbContext db) : IDemoDataSeeder
{
    public async Task SeedAsync(DemoUsers users, CancellationToken cancellationToken)
    {
        if (await db.Equipment.AnyAsync(cancellationToken)) return;
        db.Equipment.AddRange(
            Equipment.Equipment.Register("Rooftop HVAC unit 1", "hvac", "HVAC-0001", "Building A roof"),
            Equipment.Equipment.Register("Freight elevator", "elevator", "ELV-0002", "Building A core"),
            Equipment.Equipment.Register("Boiler", "boiler", "BLR-0003", "Building B basement"));
        await db.SaveChangesAsync(cancellationToken);
    }
}

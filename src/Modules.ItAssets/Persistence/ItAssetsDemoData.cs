using OpsPlatform.Identity.Contracts;
using Marten;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.ItAssets.Persistence;

internal sealed class ItAssetsDemoData(ItAssetsSession db) : IDemoDataSeeder
{
    public async Task SeedAsync(DemoUsers users, CancellationToken cancellationToken)
    {
        if (await db.Documents.Query<HardwareAsset>().AnyAsync(cancellationToken)) return;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        HardwareAsset[] assets =
        [
            HardwareAsset.Register("LT-0001", "ThinkPad T14", HardwareCategory.Laptop, "PF3XK21", users.Technician, today.AddMonths(-8), 1450m, today.AddMonths(28)),
            HardwareAsset.Register("LT-0002", "MacBook Air 13", HardwareCategory.Laptop, "C02ZK1", users.Manager, today.AddMonths(-20), 1299m, today.AddMonths(4)),
            HardwareAsset.Register("SRV-0001", "File server", HardwareCategory.Server, "SRV9921", null, today.AddYears(-3), 6400m, today.AddMonths(-1)),
        ];
        foreach (var asset in assets) db.Insert(asset);
        await db.SaveChangesAsync(cancellationToken);
    }
}

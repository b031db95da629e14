using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Persistence;

internal sealed class ItAssetsDbContext(DbContextOptions<ItAssetsDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => ItAssetsModule.Schema;

    public DbSet<HardwareAsset> Hardware => Set<HardwareAsset>();
}

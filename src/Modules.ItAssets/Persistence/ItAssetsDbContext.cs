using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Persistence;

internal sealed class ItAssetsDbContext(DbContextOptions<ItAssetsDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    protected override string Schema => ItAssetsModule.Schema;
}

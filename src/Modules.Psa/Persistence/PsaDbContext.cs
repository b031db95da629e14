using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Psa.Persistence;

internal sealed class PsaDbContext(DbContextOptions<PsaDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    protected override string Schema => PsaModule.Schema;
}

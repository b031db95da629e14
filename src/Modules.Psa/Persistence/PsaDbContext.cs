using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Psa.Persistence;

internal sealed class PsaDbContext(DbContextOptions<PsaDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => PsaModule.Schema;

    public DbSet<Project> Projects => Set<Project>();
}

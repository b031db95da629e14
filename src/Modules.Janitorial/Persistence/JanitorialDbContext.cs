using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Persistence;

internal sealed class JanitorialDbContext(DbContextOptions<JanitorialDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    protected override string Schema => JanitorialModule.Schema;
}

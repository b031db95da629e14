using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Persistence;

internal sealed class JanitorialDbContext(DbContextOptions<JanitorialDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => JanitorialModule.Schema;
}

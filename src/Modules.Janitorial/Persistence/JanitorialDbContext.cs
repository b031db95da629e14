using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Inspections;
using OpsPlatform.Modules.Janitorial.Inspections.Photos;
using OpsPlatform.Modules.Janitorial.Inventory;
using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Persistence;

internal sealed class JanitorialDbContext(DbContextOptions<JanitorialDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => JanitorialModule.Schema;

    public TimeProvider Time => Clock;

    public DbSet<ClientSite> Sites => Set<ClientSite>();
    public DbSet<SiteMember> SiteMembers => Set<SiteMember>();
    public DbSet<CleaningSchedule> Schedules => Set<CleaningSchedule>();
    public DbSet<SupplyItem> SupplyItems => Set<SupplyItem>();
    public DbSet<SiteInspection> Inspections => Set<SiteInspection>();
    public DbSet<InspectionPhoto> InspectionPhotos => Set<InspectionPhoto>();
}

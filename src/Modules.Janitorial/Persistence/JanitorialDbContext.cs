using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Inspections;
using OpsPlatform.Modules.Janitorial.Inspections.Photos;
using OpsPlatform.Modules.Janitorial.Inventory;
using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Persistence;

/// <remarks>Public only so that Wolverine's generated handler code can open its transaction; every member is internal.</remarks>
public sealed class JanitorialDbContext(DbContextOptions<JanitorialDbContext> options) : ModuleDbContext(options)
{
    protected override string Schema => JanitorialModule.Schema;

    internal TimeProvider Time => Clock;

    internal DbSet<ClientSite> Sites => Set<ClientSite>();
    internal DbSet<SiteMember> SiteMembers => Set<SiteMember>();
    internal DbSet<CleaningSchedule> Schedules => Set<CleaningSchedule>();
    internal DbSet<SupplyItem> SupplyItems => Set<SupplyItem>();
    internal DbSet<SiteInspection> Inspections => Set<SiteInspection>();
    internal DbSet<InspectionPhoto> InspectionPhotos => Set<InspectionPhoto>();
}

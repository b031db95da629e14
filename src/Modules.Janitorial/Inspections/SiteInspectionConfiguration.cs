using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Modules.Janitorial.Sites;

namespace OpsPlatform.Modules.Janitorial.Inspections;

internal sealed class SiteInspectionConfiguration : IEntityTypeConfiguration<SiteInspection>
{
    public void Configure(EntityTypeBuilder<SiteInspection> builder)
    {
        builder.ToTable("site_inspections");
        builder.HasOne<ClientSite>().WithMany().HasForeignKey(i => i.SiteId);
        builder.HasOne<CleaningSchedule>().WithMany().HasForeignKey(i => i.ScheduleId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Schedules;

internal sealed class CleaningScheduleConfiguration : IEntityTypeConfiguration<CleaningSchedule>
{
    public void Configure(EntityTypeBuilder<CleaningSchedule> builder)
    {
        builder.ToTable("cleaning_schedules");
        builder.Property(s => s.Frequency).HasConversion<EnumText<Frequency>>();
        builder.Property(s => s.Status).HasConversion<EnumText<ScheduleStatus>>();
        builder.Ignore(s => s.Slot);
        builder.HasOne<ClientSite>().WithMany().HasForeignKey(s => s.SiteId);
        builder.HasIndex(s => s.SourceWorkOrderId).IsUnique().HasDatabaseName("ux_cleaning_schedules_source_work_order_id")
            .HasFilter("source_work_order_id IS NOT NULL");
    }
}

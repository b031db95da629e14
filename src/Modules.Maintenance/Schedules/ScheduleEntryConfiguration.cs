using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Schedules;

internal sealed class ScheduleEntryConfiguration : IEntityTypeConfiguration<ScheduleEntry>
{
    public void Configure(EntityTypeBuilder<ScheduleEntry> builder)
    {
        builder.ToTable("schedule_entries");
        builder.Ignore(e => e.Hours);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(e => e.WorkOrderId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("schedule_entries_work_order_id_fkey");
        builder.HasOne<Technician>().WithMany().HasForeignKey(e => e.TechnicianId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("schedule_entries_technician_id_fkey");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs;

internal sealed class MaintenanceLogConfiguration : IEntityTypeConfiguration<MaintenanceLog>
{
    public void Configure(EntityTypeBuilder<MaintenanceLog> builder)
    {
        builder.ToTable("maintenance_logs");
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(l => l.WorkOrderId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("maintenance_logs_work_order_id_fkey");
    }
}

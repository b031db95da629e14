using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.WorkOrders;

internal sealed class WorkOrderTransitionConfiguration : IEntityTypeConfiguration<WorkOrderTransition>
{
    public void Configure(EntityTypeBuilder<WorkOrderTransition> builder)
    {
        builder.ToTable("work_order_transitions");
        builder.HasKey(t => t.Id);
        // Set by the domain: a new transition found on a loaded work order is an insert.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.FromStatus).HasConversion<EnumText<WorkOrderStatus>>();
        builder.Property(t => t.ToStatus).HasConversion<EnumText<WorkOrderStatus>>();
    }
}

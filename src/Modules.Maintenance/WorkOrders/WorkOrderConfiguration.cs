using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.WorkOrders;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public const string PriorityRank = "PriorityRank";
    public const string SearchVector = "SearchVector";

    public static readonly ValueComparer<string[]> SkillsComparer = new((a, b) => a!.SequenceEqual(b!), a => a.Length, a => a.ToArray());

    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("work_orders");
        builder.Property(w => w.Priority).HasConversion<EnumText<WorkOrderPriority>>();
        builder.Property(w => w.Status).HasConversion<EnumText<WorkOrderStatus>>();
        builder.Property(w => w.Source).HasConversion<EnumText<WorkOrderSource>>();
        // EF's default comparer for a string[] snapshots through a nested lambda, which compiles a delegate on every
        // tracked load and save (4 % of a status change's CPU, measured by the benchmark engineer). Skills are
        // immutable strings: copying the array is enough.
        builder.Property(w => w.RequiredSkills).Metadata.SetValueComparer(SkillsComparer);
        builder.HasMany(w => w.Transitions).WithOne().HasForeignKey(t => t.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.Source, w.SourceReference }).IsUnique()
            .HasFilter("source_reference IS NOT NULL").HasDatabaseName("ux_work_orders_source_reference");

        // Generated columns (see 0004_work_orders.sql): queried, never written, never read back after a save.
        ReadOnlyColumn(builder.Property<short>(PriorityRank));
        ReadOnlyColumn(builder.Property<NpgsqlTsVector>(SearchVector));
    }

    private static void ReadOnlyColumn(PropertyBuilder property)
    {
        property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}

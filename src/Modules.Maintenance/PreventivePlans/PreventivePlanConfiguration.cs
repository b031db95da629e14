using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans;

internal sealed class PreventivePlanConfiguration : IEntityTypeConfiguration<PreventivePlan>
{
    public void Configure(EntityTypeBuilder<PreventivePlan> builder)
    {
        builder.ToTable("preventive_plans");
        builder.Property(p => p.Priority).HasConversion<EnumText<WorkOrderPriority>>();
        builder.Property(p => p.IntervalUnit).HasConversion<EnumText<IntervalUnit>>();
        builder.Property(p => p.Mode).HasConversion<EnumText<DueMode>>();
        builder.Property(p => p.RequiredSkills).Metadata.SetValueComparer(WorkOrderConfiguration.SkillsComparer);
        builder.Ignore(p => p.ScheduleKey);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Modules.Maintenance.Persistence;

namespace OpsPlatform.Modules.Maintenance.Technicians;

internal sealed class TechnicianConfiguration : IEntityTypeConfiguration<Technician>
{
    public void Configure(EntityTypeBuilder<Technician> builder)
    {
        builder.ToTable("technicians");
        builder.Property(t => t.Skills).HasJsonColumn();
        builder.Property(t => t.WeeklyAvailability).HasJsonColumn();
        builder.Property(t => t.Unavailability).HasJsonColumn();
        builder.HasIndex(t => t.UserId).IsUnique().HasFilter("user_id IS NOT NULL").HasDatabaseName("ux_technicians_user_id");
    }
}

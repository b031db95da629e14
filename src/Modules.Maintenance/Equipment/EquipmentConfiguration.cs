using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.Equipment;

internal sealed class EquipmentConfiguration : IEntityTypeConfiguration<Equipment>
{
    public void Configure(EntityTypeBuilder<Equipment> builder)
    {
        builder.ToTable("equipment");
        builder.Property(e => e.Status).HasConversion<EnumText<EquipmentStatus>>();
        builder.HasIndex(e => e.SerialNumber).IsUnique().HasDatabaseName("ux_equipment_serial_number");
    }
}

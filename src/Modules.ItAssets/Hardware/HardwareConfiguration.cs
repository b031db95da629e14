using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Hardware;

internal sealed class HardwareConfiguration : IEntityTypeConfiguration<HardwareAsset>
{
    public void Configure(EntityTypeBuilder<HardwareAsset> builder)
    {
        builder.ToTable("hardware");
        builder.Property(h => h.Category).HasConversion<EnumText<HardwareCategory>>();
        builder.Property(h => h.Status).HasConversion<EnumText<HardwareStatus>>();
        builder.Property(h => h.PurchaseCost).HasPrecision(12, 2);
        builder.HasIndex(h => h.AssetTag).IsUnique().HasDatabaseName("ux_hardware_asset_tag");
    }
}

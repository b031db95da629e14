using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Modules.Janitorial.Sites;

namespace OpsPlatform.Modules.Janitorial.Inventory;

internal sealed class SupplyItemConfiguration : IEntityTypeConfiguration<SupplyItem>
{
    public void Configure(EntityTypeBuilder<SupplyItem> builder)
    {
        builder.ToTable("supply_items");
        builder.Property(i => i.QuantityOnHand).HasPrecision(12, 2);
        builder.Property(i => i.ReorderLevel).HasPrecision(12, 2);
        builder.Property(i => i.UnitCost).HasPrecision(12, 2);
        builder.Ignore(i => i.BelowReorderLevel);
        builder.HasOne<ClientSite>().WithMany().HasForeignKey(i => i.SiteId);
        builder.HasIndex(i => new { i.SiteId, i.Sku }).IsUnique().HasDatabaseName("ux_supply_items_site_sku");
    }
}

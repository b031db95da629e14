using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Sites;

internal sealed class ClientSiteConfiguration : IEntityTypeConfiguration<ClientSite>
{
    public void Configure(EntityTypeBuilder<ClientSite> builder)
    {
        builder.ToTable("client_sites");
        builder.Property(s => s.ServiceLevel).HasConversion<EnumText<ServiceLevel>>();
        builder.HasIndex(s => s.SiteCode).IsUnique().HasDatabaseName("ux_client_sites_site_code");
        builder.HasMany(s => s.Members).WithOne().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Members).HasField("_members");
    }
}

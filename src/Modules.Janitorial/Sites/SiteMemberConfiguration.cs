using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Janitorial.Sites;

internal sealed class SiteMemberConfiguration : IEntityTypeConfiguration<SiteMember>
{
    public void Configure(EntityTypeBuilder<SiteMember> builder)
    {
        builder.ToTable("site_members");
        builder.HasKey(m => new { m.SiteId, m.UserId });
        builder.Property(m => m.Role).HasConversion<EnumText<SiteRole>>();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Psa.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.Property(p => p.Status).HasConversion<EnumText<ProjectStatus>>();
        builder.HasIndex(p => p.Code).IsUnique().HasDatabaseName("ux_projects_code");
    }
}

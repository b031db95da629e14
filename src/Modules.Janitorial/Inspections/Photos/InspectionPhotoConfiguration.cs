using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos;

internal sealed class InspectionPhotoConfiguration : IEntityTypeConfiguration<InspectionPhoto>
{
    public void Configure(EntityTypeBuilder<InspectionPhoto> builder)
    {
        builder.ToTable("inspection_photos");
        builder.Ignore(p => p.Key);
        builder.HasOne<SiteInspection>().WithMany().HasForeignKey(p => p.InspectionId);
    }
}

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos;

/// <summary>A photo as the API shows it; <see cref="ThumbnailUrl"/> is null when the image has no thumbnail.</summary>
internal sealed record InspectionPhotoDetails(Guid Id, Guid InspectionId, string FileName, string ContentType, long Length, string Sha256,
    Guid UploadedBy, DateTimeOffset UploadedAt, string ContentUrl, string? ThumbnailUrl)
{
    public static InspectionPhotoDetails From(InspectionPhoto p)
    {
        var url = $"/api/janitorial/inspections/{p.InspectionId}/photos/{p.Id}";
        return new(p.Id, p.InspectionId, p.FileName, p.ContentType, p.Length, p.Sha256, p.UploadedBy, p.UploadedAt,
            url + "/content", p.HasThumbnail ? url + "/thumbnail" : null);
    }
}

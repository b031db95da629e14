namespace OpsPlatform.Modules.Janitorial.Inspections.Photos;

internal sealed record InspectionPhotoDetails(Guid Id, Guid InspectionId, string FileName, string ContentType, long Length, string Sha256,
    Guid UploadedBy, DateTimeOffset UploadedAt, string ContentUrl)
{
    public static InspectionPhotoDetails From(InspectionPhoto p) =>
        new(p.Id, p.InspectionId, p.FileName, p.ContentType, p.Length, p.Sha256, p.UploadedBy, p.UploadedAt,
            $"/api/janitorial/inspections/{p.InspectionId}/photos/{p.Id}/content");
}

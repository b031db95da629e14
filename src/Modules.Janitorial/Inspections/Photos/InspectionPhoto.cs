using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Uploads;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos;

/// <summary>A photo attached to an inspection; its bytes live in the file store under <see cref="Key"/>.</summary>
internal sealed class InspectionPhoto
{
    private InspectionPhoto() { }

    public Guid Id { get; private init; }
    public Guid InspectionId { get; private init; }
    public string FileName { get; private init; } = "";
    public string ContentType { get; private init; } = "";
    public long Length { get; private init; }
    public string Sha256 { get; private init; } = "";
    public Guid UploadedBy { get; private init; }
    public DateTimeOffset UploadedAt { get; private init; }

    public FileKey Key => KeyOf(InspectionId, Id);

    /// <summary>Every inspection photo's bytes are under this prefix, one folder per inspection.</summary>
    public const string KeyPrefix = "janitorial/inspections";

    public static FileKey KeyOf(Guid inspectionId, Guid photoId) => FileKey.Of(KeyPrefix, inspectionId.ToString("N"), photoId.ToString("N"));

    public static InspectionPhoto Attach(Guid inspectionId, ReceivedUpload upload, Guid uploadedBy, DateTimeOffset now)
    {
        if (!upload.ContentType.StartsWith("image/", StringComparison.Ordinal))
            throw new Shared.Kernel.Http.RequestRejected(415, UploadReader.Field, "An inspection photo must be an image (JPEG, PNG, GIF or WebP).");
        return new InspectionPhoto
        {
            Id = Guid.CreateVersion7(),
            InspectionId = inspectionId,
            FileName = upload.FileName,
            ContentType = upload.ContentType,
            Length = upload.Length,
            Sha256 = upload.Sha256,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
    }
}

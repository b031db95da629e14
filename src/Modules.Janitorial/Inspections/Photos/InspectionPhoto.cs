using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Uploads;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos;

/// <summary>A photo attached to an inspection; its bytes (and thumbnail) live in the file store under <see cref="Key"/>.</summary>
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

    /// <summary>False for an image that could not be decoded (and for photos stored before thumbnails existed).</summary>
    public bool HasThumbnail { get; private init; }

    public FileKey Key => KeyOf(InspectionId, Id);

    /// <summary>Every inspection photo's bytes are under this prefix, one folder per inspection.</summary>
    public const string KeyPrefix = "janitorial/inspections";

    public static FileKey KeyOf(Guid inspectionId, Guid photoId) => FileKey.Of(KeyPrefix, inspectionId.ToString("N"), photoId.ToString("N"));

    public static void EnsureImage(ReceivedUpload upload)
    {
        if (!upload.ContentType.StartsWith("image/", StringComparison.Ordinal))
            throw new Shared.Kernel.Http.RequestRejected(415, UploadReader.Field, "An inspection photo must be an image (JPEG, PNG, GIF or WebP).");
    }

    public static InspectionPhoto Of(Guid id, Guid inspectionId, AttachedFile file) => new()
    {
        Id = id,
        InspectionId = inspectionId,
        FileName = file.FileName,
        ContentType = file.ContentType,
        Length = file.Length,
        Sha256 = file.Sha256,
        UploadedBy = file.UploadedBy,
        UploadedAt = file.UploadedAt,
        HasThumbnail = file.HasThumbnail,
    };

    public AttachedFile AsFile() => new(FileName, ContentType, Length, Sha256, UploadedBy, UploadedAt, HasThumbnail);
}

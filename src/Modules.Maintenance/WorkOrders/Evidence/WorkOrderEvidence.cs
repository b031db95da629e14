using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence;

/// <summary>
/// A file that shows what was done on a work order: a photo, or the signature captured on completion. The bytes are in
/// the file store under <see cref="Key"/>; <see cref="File"/> is their metadata. Evidence can be added and removed
/// until the work order is closed or cancelled; a signature only once it is completed.
/// </summary>
internal sealed class WorkOrderEvidence
{
    public const int MaxPhotos = 50;

    /// <summary>Every work order's evidence is under this prefix, one folder per work order.</summary>
    public const string KeyPrefix = "maintenance/work-orders";

    private WorkOrderEvidence() { }

    public Guid Id { get; private init; }
    public Guid WorkOrderId { get; private init; }
    public EvidenceKind Kind { get; private init; }
    public AttachedFile File { get; private init; } = null!;

    /// <summary>The upload time again, as a column of its own for the list's order.</summary>
    public DateTimeOffset UploadedAt { get; private init; }

    public FileKey Key => KeyOf(WorkOrderId, Id);

    public static FileKey KeyOf(Guid workOrderId, Guid evidenceId) => FileKey.Of(KeyPrefix, workOrderId.ToString("N"), evidenceId.ToString("N"));

    /// <summary>Whether the work order takes this evidence now: not once closed or cancelled, a signature only once completed, photos up to <see cref="MaxPhotos"/>.</summary>
    public static void EnsureTakes(WorkOrder workOrder, EvidenceKind kind, int photosSoFar)
    {
        EnsureOpenForEvidence(workOrder);
        if (kind == EvidenceKind.Signature && workOrder.Status != WorkOrderStatus.Completed)
            throw new ConflictException($"A signature is taken on completion; this work order is '{EnumText<WorkOrderStatus>.ToText(workOrder.Status)}'.");
        if (kind == EvidenceKind.Photo && photosSoFar >= MaxPhotos)
            throw new DomainRuleViolation($"A work order holds at most {MaxPhotos} photos; remove one first.", UploadReader.Field);
    }

    /// <summary>Photos and signatures are images; anything else the allow-list accepts is still refused here.</summary>
    public static void EnsureImage(EvidenceKind kind, ReceivedUpload upload)
    {
        if (!upload.ContentType.StartsWith("image/", StringComparison.Ordinal))
            throw new RequestRejected(415, UploadReader.Field, $"A work order's {EnumText<EvidenceKind>.ToText(kind)} must be an image (JPEG, PNG, GIF or WebP).");
    }

    /// <summary>The advisory lock under which a work order's signature is replaced, so that two at once never leave two.</summary>
    public static long SignatureLock(Guid workOrderId) => BitConverter.ToInt64(workOrderId.ToByteArray(), 8) ^ 0x5349_474E_0000_0000; // "SIGN"

    public static WorkOrderEvidence Of(Guid id, WorkOrder workOrder, EvidenceKind kind, AttachedFile file) =>
        new() { Id = id, WorkOrderId = workOrder.Id, Kind = kind, File = file, UploadedAt = file.UploadedAt };

    /// <summary>Evidence is part of the job's record: once the work order is closed or cancelled it no longer changes.</summary>
    public static void EnsureOpenForEvidence(WorkOrder workOrder)
    {
        if (workOrder.Status is WorkOrderStatus.Closed or WorkOrderStatus.Cancelled)
            throw new ConflictException($"A work order in status '{EnumText<WorkOrderStatus>.ToText(workOrder.Status)}' can no longer be changed.");
    }
}

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence;

/// <summary>One piece of evidence as the API shows it; <see cref="ThumbnailUrl"/> is null when the image has no thumbnail.</summary>
internal sealed record EvidenceDetails(Guid Id, Guid WorkOrderId, EvidenceKind Kind, string FileName, string ContentType, long Length, string Sha256,
    Guid UploadedBy, DateTimeOffset UploadedAt, string ContentUrl, string? ThumbnailUrl)
{
    public static EvidenceDetails From(WorkOrderEvidence e)
    {
        var url = $"/api/maintenance/work-orders/{e.WorkOrderId}/evidence/{e.Id}";
        return new(e.Id, e.WorkOrderId, e.Kind, e.File.FileName, e.File.ContentType, e.File.Length, e.File.Sha256, e.File.UploadedBy, e.UploadedAt,
            url + "/content", e.File.HasThumbnail ? url + "/thumbnail" : null);
    }
}

using MediatR;
using Microsoft.AspNetCore.Http;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.GetEvidenceFile;

internal sealed class GetEvidenceFileHandler(MaintenanceSession db, FileAttachments attachments, ICurrentUser user) : IRequestHandler<GetEvidenceFileQuery, IResult>
{
    public async Task<IResult> Handle(GetEvidenceFileQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureReadableAsync(query.WorkOrderId, user, cancellationToken);
        var evidence = await db.EvidenceAsync(query.WorkOrderId, query.EvidenceId, cancellationToken);
        var result = query.Thumbnail
            ? await attachments.ThumbnailAsync(evidence.Key, evidence.File, cancellationToken)
            : await attachments.DownloadAsync(evidence.Key, evidence.File, cancellationToken);
        return result ?? throw new NotFoundException(query.Thumbnail ? "Thumbnail of evidence" : "Evidence", query.EvidenceId);
    }
}

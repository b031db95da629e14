using Marten;
using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.ListEvidence;

internal sealed class ListEvidenceHandler(MaintenanceSession db, ICurrentUser user) : IRequestHandler<ListEvidenceQuery, Paged<EvidenceDetails>>
{
    public async Task<Paged<EvidenceDetails>> Handle(ListEvidenceQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureReadableAsync(query.Id, user, cancellationToken);
        var evidence = db.Documents.Query<WorkOrderEvidence>().Where(e => e.WorkOrderId == query.Id);
        if (query.Kind is { } kind) evidence = evidence.Where(e => e.Kind == kind.Value);
        var page = await evidence.OrderBy(e => e.UploadedAt).ThenBy(e => e.Id).ToPagedAsync(query, cancellationToken);
        return page.Select(EvidenceDetails.From);
    }
}

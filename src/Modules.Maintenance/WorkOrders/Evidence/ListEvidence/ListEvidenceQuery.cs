using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.ListEvidence;

/// <summary>A work order's evidence (<see cref="Id"/>, from the route), optionally of one kind, in the order it was uploaded (no other sort is offered).</summary>
internal sealed record ListEvidenceQuery(Guid Id, QueryEnum<EvidenceKind>? Kind, int? Page, int? PageSize, bool? Count) : IQuery<Paged<EvidenceDetails>>, IPagedQuery
{
    public string? Sort => null;
}

using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.StatusUpdates.ListStatusUpdates;

/// <summary>A project's status updates, newest first; no other sort is offered.</summary>
internal sealed record ListStatusUpdatesQuery(Guid Id, QueryEnum<Health>? Health, int? Page, int? PageSize, bool? Count)
    : IQuery<Paged<StatusUpdateDetails>>, IPagedQuery
{
    public string? Sort => null;
}

using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Time.ListTimeEntries;

internal sealed record ListTimeEntriesQuery(
    Guid? UserId, Guid? ProjectId, DateOnly? WeekStart, DateOnly? From, DateOnly? To, QueryEnum<TimeEntryStatus>? Status,
    int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<TimeEntryDetails>>, IPagedQuery;

using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

/// <summary><see cref="From"/> and <see cref="To"/> bound the service date (inclusive); <see cref="SeriesId"/> lists one plan's occurrences.</summary>
internal sealed record ListSchedulesQuery(
    Guid? SiteId,
    Guid? AssignedTo,
    Guid? SeriesId,
    DateOnly? From,
    DateOnly? To,
    QueryEnum<ScheduleStatus>? Status,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<ScheduleSummary>>, IPagedQuery;

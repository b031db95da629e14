using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Schedules.ListScheduleEntries;

/// <summary>Bookings overlapping [<see cref="From"/>, <see cref="To"/>), optionally of one technician or work order.</summary>
internal sealed record ListScheduleEntriesQuery(
    Guid? TechnicianId, Guid? WorkOrderId, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<ScheduleEntryDetails>>, IPagedQuery;

using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Schedules.ListScheduleEntries;

internal sealed class ListScheduleEntriesHandler(MaintenanceSession db, ICurrentUser user)
    : IRequestHandler<ListScheduleEntriesQuery, Paged<ScheduleEntryDetails>>
{
    public async Task<Paged<ScheduleEntryDetails>> Handle(ListScheduleEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = await db.Documents.Query<ScheduleEntry>().VisibleToAsync(db, user, cancellationToken);
        if (query.TechnicianId is { } technicianId) entries = entries.Where(e => e.TechnicianId == technicianId);
        if (query.WorkOrderId is { } workOrderId) entries = entries.Where(e => e.WorkOrderId == workOrderId);
        if (query.From is { } from) entries = entries.Where(e => e.EndsAt > from);
        if (query.To is { } to) entries = entries.Where(e => e.StartsAt < to);

        return await ScheduleEntrySortFields.All.Apply(entries, query.Sort)
            .Select(e => new ScheduleEntryDetails(e.Id, e.WorkOrderId, e.TechnicianId, e.StartsAt, e.EndsAt, e.BookedBy, e.OverriddenBy, e.OverrideReasons, e.Version, e.CreatedAt))
            .ToPagedAsync(query, cancellationToken);
    }
}

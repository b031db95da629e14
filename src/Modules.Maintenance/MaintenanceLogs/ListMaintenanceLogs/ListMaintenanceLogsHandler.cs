using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.ListMaintenanceLogs;

/// <summary>The logs of a work order the caller may see (its requester, its technician, managers); any other is a 404.</summary>
internal sealed class ListMaintenanceLogsHandler(MaintenanceSession db, ICurrentUser user)
    : IRequestHandler<ListMaintenanceLogsQuery, Paged<MaintenanceLogDetails>>
{
    public async Task<Paged<MaintenanceLogDetails>> Handle(ListMaintenanceLogsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Documents.Query<WorkOrder>().VisibleTo(user).AnyAsync(w => w.Id == query.Id, cancellationToken))
            throw new NotFoundException("Work order", query.Id);

        var logs = db.Documents.Query<MaintenanceLog>().Where(l => l.WorkOrderId == query.Id);
        if (query.LoggedBy is { } by) logs = logs.Where(l => l.LoggedBy == by);
        return await MaintenanceLogSortFields.All.Apply(logs, query.Sort)
            .Select(l => new MaintenanceLogDetails(l.Id, l.WorkOrderId, l.Entry, l.LoggedBy, l.MinutesSpent, l.Version, l.CreatedAt, l.UpdatedAt))
            .ToPagedAsync(query, cancellationToken);
    }
}

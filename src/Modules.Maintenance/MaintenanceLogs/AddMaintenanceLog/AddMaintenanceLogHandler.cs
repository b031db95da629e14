using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.AddMaintenanceLog;

internal sealed class AddMaintenanceLogHandler(MaintenanceSession db, ICurrentUser user) : IRequestHandler<AddMaintenanceLogCommand, MaintenanceLogDetails>
{
    public async Task<MaintenanceLogDetails> Handle(AddMaintenanceLogCommand command, CancellationToken cancellationToken)
    {
        var workOrder = await db.Documents.Query<WorkOrder>().WorkableBy(user).SingleOrDefaultAsync(w => w.Id == command.WorkOrderId, cancellationToken)
                        ?? throw new NotFoundException("Work order", command.WorkOrderId);
        var log = MaintenanceLog.Write(workOrder, command.Entry, command.MinutesSpent!.Value, user.Id);
        db.Insert(log);
        await db.SaveChangesAsync(cancellationToken);
        return MaintenanceLogDetails.From(log);
    }
}

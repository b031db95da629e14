using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.CorrectMaintenanceLog;

internal sealed class CorrectMaintenanceLogHandler(MaintenanceSession db) : IRequestHandler<CorrectMaintenanceLogCommand, MaintenanceLogDetails>
{
    public async Task<MaintenanceLogDetails> Handle(CorrectMaintenanceLogCommand command, CancellationToken cancellationToken)
    {
        var log = await db.Documents.Query<MaintenanceLog>().SingleOrDefaultAsync(l => l.Id == command.Id && l.WorkOrderId == command.WorkOrderId, cancellationToken)
                  ?? throw new NotFoundException("Maintenance log", command.Id);
        log.EnsureVersion(command.Version);
        log.Correct(command.Entry, command.MinutesSpent!.Value);
        db.Update(log);
        await db.SaveChangesAsync(cancellationToken);
        return MaintenanceLogDetails.From(log);
    }
}

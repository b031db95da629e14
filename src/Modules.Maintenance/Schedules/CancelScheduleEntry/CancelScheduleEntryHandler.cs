using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Schedules.CancelScheduleEntry;

internal sealed class CancelScheduleEntryHandler(MaintenanceSession db) : IRequestHandler<CancelScheduleEntryCommand, bool>
{
    public async Task<bool> Handle(CancelScheduleEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.Documents.LoadAsync<ScheduleEntry>(command.Id, cancellationToken)
                    ?? throw new NotFoundException("Schedule entry", command.Id);
        db.Documents.Delete(entry);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

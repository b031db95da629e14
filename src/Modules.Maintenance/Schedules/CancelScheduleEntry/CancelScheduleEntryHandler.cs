using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Schedules.CancelScheduleEntry;

internal sealed class CancelScheduleEntryHandler(MaintenanceDbContext db) : IRequestHandler<CancelScheduleEntryCommand, bool>
{
    public async Task<bool> Handle(CancelScheduleEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.ScheduleEntries.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
                    ?? throw new NotFoundException("Schedule entry", command.Id);
        db.ScheduleEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Schedules.RescheduleCleaning;

internal sealed class RescheduleCleaningHandler(JanitorialDbContext db) : IRequestHandler<RescheduleCleaningCommand, ScheduleDetails>
{
    public async Task<ScheduleDetails> Handle(RescheduleCleaningCommand command, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException("Schedule", command.Id);
        schedule.EnsureVersion(command.Version);
        var site = await db.Sites.Include(s => s.Members).SingleAsync(s => s.Id == schedule.SiteId, cancellationToken);
        schedule.Reschedule(site, command.AssignedTo!.Value, command.ServiceDate!.Value, command.StartTime!.Value, command.EndTime!.Value, command.Notes);

        await db.InTransactionAsync(async () =>
        {
            await db.EnsureFreeAsync(schedule.AssignedTo, [schedule.Slot], except: schedule.Id, cancellationToken);
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return ScheduleDetails.From(schedule);
    }
}

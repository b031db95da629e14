using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Security;

namespace OpsPlatform.Modules.Janitorial.Schedules.ChangeScheduleStatus;

internal sealed class ChangeScheduleStatusHandler(JanitorialDbContext db, ICurrentUser user) : IRequestHandler<ChangeScheduleStatusCommand, ScheduleDetails>
{
    public async Task<ScheduleDetails> Handle(ChangeScheduleStatusCommand command, CancellationToken cancellationToken)
    {
        // Crew members change only their own occurrences; anyone else's is not found for them.
        var schedules = user.IsManager ? db.Schedules : db.Schedules.Where(s => s.AssignedTo == user.Id);
        var schedule = await schedules.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException("Schedule", command.Id);
        schedule.EnsureVersion(command.Version);
        schedule.ChangeStatus(command.Status!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return ScheduleDetails.From(schedule);
    }
}

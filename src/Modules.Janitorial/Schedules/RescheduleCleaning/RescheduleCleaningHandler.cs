using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Schedules.RescheduleCleaning;

internal sealed class RescheduleCleaningHandler(JanitorialSession db) : IRequestHandler<RescheduleCleaningCommand, ScheduleDetails>
{
    public async Task<ScheduleDetails> Handle(RescheduleCleaningCommand command, CancellationToken cancellationToken)
    {
        var schedule = await db.Documents.LoadAsync<CleaningSchedule>(command.Id, cancellationToken) ?? throw new NotFoundException("Schedule", command.Id);
        schedule.EnsureVersion(command.Version);
        var site = await db.Documents.LoadAsync<ClientSite>(schedule.SiteId, cancellationToken) ?? throw new NotFoundException("Site", schedule.SiteId);
        schedule.Reschedule(site, command.AssignedTo!.Value, command.ServiceDate!.Value, command.StartTime!.Value, command.EndTime!.Value, command.Notes);

        await db.EnsureFreeAsync(schedule.AssignedTo, [schedule.Slot], except: schedule.Id, cancellationToken);
        db.Update(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return ScheduleDetails.From(schedule);
    }
}

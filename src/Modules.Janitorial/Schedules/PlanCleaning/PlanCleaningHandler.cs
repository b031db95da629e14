using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Schedules.PlanCleaning;

internal sealed class PlanCleaningHandler(JanitorialDbContext db) : IRequestHandler<PlanCleaningCommand, PlannedCleaning>
{
    public async Task<PlannedCleaning> Handle(PlanCleaningCommand command, CancellationToken cancellationToken)
    {
        var site = await db.Sites.Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == command.SiteId, cancellationToken)
                   ?? throw new NotFoundException("Site", command.SiteId!.Value);
        var plan = CleaningSchedule.Plan(site, command.AssignedTo!.Value, command.ServiceDate!.Value, command.StartTime!.Value,
            command.EndTime!.Value, command.Frequency!.Value, command.RepeatUntil, command.Notes);

        await db.InTransactionAsync(async () =>
        {
            await db.BookAsync(plan, cancellationToken);
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return new PlannedCleaning(plan[0].SeriesId, plan.Count, plan[^1].ServiceDate, ScheduleDetails.From(plan[0]));
    }
}

using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Schedules.PlanCleaning;

internal sealed class PlanCleaningHandler(JanitorialSession db) : IRequestHandler<PlanCleaningCommand, PlannedCleaning>
{
    public async Task<PlannedCleaning> Handle(PlanCleaningCommand command, CancellationToken cancellationToken)
    {
        var site = await db.Documents.LoadAsync<ClientSite>(command.SiteId!.Value, cancellationToken) ?? throw new NotFoundException("Site", command.SiteId!.Value);
        var plan = CleaningSchedule.Plan(site, command.AssignedTo!.Value, command.ServiceDate!.Value, command.StartTime!.Value,
            command.EndTime!.Value, command.Frequency!.Value, command.RepeatUntil, command.Notes);

        await db.BookAsync(plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PlannedCleaning(plan[0].SeriesId, plan.Count, plan[^1].ServiceDate, ScheduleDetails.From(plan[0]));
    }
}

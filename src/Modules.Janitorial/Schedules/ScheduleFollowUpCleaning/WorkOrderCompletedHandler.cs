using Marten;
using Microsoft.Extensions.Logging;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Schedules.ScheduleFollowUpCleaning;

/// <summary>
/// Flow 2: a work order completed at one of our active client sites gets one follow-up cleaning there. The rule:
/// the site's first-assigned technician, from the day after completion (site-local), in the first free two-hour slot
/// between 08:00 and 18:00 over the next <see cref="SearchDays"/> days. No technician or no free slot: nothing is
/// planned (logged). A redelivered event finds the schedule by its source work order id and plans nothing; the
/// unique index on that id holds against concurrent deliveries.
/// </summary>
public sealed class WorkOrderCompletedHandler(JanitorialSession db, ILogger<WorkOrderCompletedHandler> logger)
    : IIntegrationEventHandler<WorkOrderCompleted>
{
    public const int SearchDays = 7;
    public static readonly TimeSpan SlotLength = TimeSpan.FromHours(2);
    private static readonly TimeOnly FirstStart = new(8, 0);
    private static readonly TimeOnly LastStart = new(16, 0);

    public async Task Handle(WorkOrderCompleted message, CancellationToken cancellationToken)
    {
        if (message.SiteId is not { } siteId) return;
        if (await db.Documents.Query<CleaningSchedule>().AnyAsync(s => s.SourceWorkOrderId == message.WorkOrderId, cancellationToken)) return;
        var site = await db.Documents.LoadAsync<ClientSite>(siteId, cancellationToken);
        if (site is not { Active: true }) return;
        var technician = site.Members.Where(m => m.Role == SiteRole.Technician).OrderBy(m => m.AssignedAt).ThenBy(m => m.UserId).FirstOrDefault();
        if (technician is null)
        {
            logger.LogWarning("No follow-up cleaning for work order {WorkOrderId}: site {SiteCode} has no technician assigned", message.WorkOrderId, site.SiteCode);
            return;
        }

        var plan = await FirstFreeSlotAsync(site, technician.UserId, message, cancellationToken);
        if (plan is null)
        {
            logger.LogWarning("No follow-up cleaning for work order {WorkOrderId}: {Technician} has no free slot in {Days} days", message.WorkOrderId, technician.UserId, SearchDays);
            return;
        }
        await db.BookAsync(plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<CleaningSchedule>?> FirstFreeSlotAsync(ClientSite site, Guid technician, WorkOrderCompleted message, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(site.TimeZone);
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(message.CompletedAt, zone).DateTime).AddDays(1);
        var notes = $"Follow-up cleaning after work order: {message.Title}";
        for (var day = firstDay; day < firstDay.AddDays(SearchDays); day = day.AddDays(1))
        {
            for (var start = FirstStart; start <= LastStart; start = start.Add(SlotLength))
            {
                var plan = CleaningSchedule.Plan(site, technician, day, start, start.Add(SlotLength), Frequency.Once, null, notes, message.WorkOrderId);
                if ((await db.ClashesAsync(technician, [plan[0].Slot], except: null, cancellationToken)).Count == 0) return plan;
            }
        }
        return null;
    }
}

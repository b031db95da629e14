using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Notifications;

/// <summary>"A cleaning was assigned to me": tells the crew member the cleaning (or recurring series) is assigned to.</summary>
public sealed class CleaningScheduledHandler(JanitorialSession db) : IIntegrationEventHandler<CleaningScheduled>
{
    public async Task Handle(CleaningScheduled message, CancellationToken cancellationToken)
    {
        var site = await db.Documents.LoadAsync<ClientSite>(message.SiteId, cancellationToken);
        var where = JanitorialNotices.SiteText(site, message.SiteId);
        var when = message.OccurrenceCount > 1
            ? $"{message.Frequency} from {message.ServiceDate:yyyy-MM-dd} to {message.LastServiceDate:yyyy-MM-dd} ({message.OccurrenceCount} cleanings), {message.StartTime:HH\\:mm}-{message.EndTime:HH\\:mm}"
            : $"{message.ServiceDate:yyyy-MM-dd}, {message.StartTime:HH\\:mm}-{message.EndTime:HH\\:mm}";
        var now = db.Time.GetUtcNow();
        db.Notify(JanitorialNotices.CleaningAssigned, "normal", $"{JanitorialNotices.CleaningAssigned}:{message.EventId}", [message.AssignedTo],
            $"Cleaning assigned to you at {where}", $"{when} (site time{(site is null ? "" : $", {site.TimeZone}")}).\n{site?.Address}",
            "/admin/janitorial/calendar", "cleaning-schedule", message.ScheduleId, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Notifications;

/// <summary>"A cleaning was missed": tells the managers, who see every site and its schedules (sites have no managers of their own).</summary>
public sealed class ScheduleMissedHandler(JanitorialSession db, IUserDirectory directory) : IIntegrationEventHandler<ScheduleMissed>
{
    public async Task Handle(ScheduleMissed message, CancellationToken cancellationToken)
    {
        var site = await db.Documents.LoadAsync<ClientSite>(message.SiteId, cancellationToken);
        var now = db.Time.GetUtcNow();
        db.Notify(JanitorialNotices.CleaningMissed, "normal", $"{JanitorialNotices.CleaningMissed}:{message.ScheduleId}", await directory.ManagersAsync(cancellationToken),
            $"Cleaning missed at {JanitorialNotices.SiteText(site, message.SiteId)}", $"The cleaning of {message.ServiceDate:yyyy-MM-dd} was not started by its end time.",
            $"/admin/janitorial/sites/{message.SiteId}", "cleaning-schedule", message.ScheduleId, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

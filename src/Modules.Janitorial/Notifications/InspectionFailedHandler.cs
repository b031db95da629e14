using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Notifications;

/// <summary>
/// "An inspection failed": tells the managers, and the site's client users when the site grants them inspection
/// outcomes (read from the site when the message is handled, so a grant withdrawn meanwhile is respected).
/// </summary>
public sealed class InspectionFailedHandler(JanitorialSession db, IUserDirectory directory) : IIntegrationEventHandler<InspectionFailed>
{
    public async Task Handle(InspectionFailed message, CancellationToken cancellationToken)
    {
        var site = await db.Documents.LoadAsync<ClientSite>(message.SiteId, cancellationToken);
        var recipients = (await directory.ManagersAsync(cancellationToken)).Concat(site is null ? [] : JanitorialNotices.ClientsSeeingInspections(site));
        var now = db.Time.GetUtcNow();
        db.Notify(JanitorialNotices.InspectionFailed, "high", $"{JanitorialNotices.InspectionFailed}:{message.InspectionId}", recipients,
            $"Inspection failed at {message.SiteName} ({message.SiteCode}): {message.Score}/{message.PassThreshold}",
            $"Findings: {message.Findings}" + (string.IsNullOrWhiteSpace(message.CorrectiveActions) ? "" : $"\nCorrective actions: {message.CorrectiveActions}"),
            $"/admin/janitorial/inspections/{message.InspectionId}", "inspection", message.InspectionId, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Notifications;

/// <summary>"A license ends in N days": tells IT staff, once per threshold (the key is the reminder's event).</summary>
public sealed class LicenseExpiringHandler(ItAssetsSession db, IUserDirectory directory, TimeProvider clock) : IIntegrationEventHandler<LicenseExpiring>
{
    public async Task Handle(LicenseExpiring message, CancellationToken cancellationToken)
    {
        var seats = message.SeatsOwned is { } owned ? $"{message.SeatsUsed} of {owned} seats in use." : $"{message.SeatsUsed} seats in use.";
        db.Notify(ItAssetsNotices.LicenseExpiring, ItAssetsNotices.UrgencyFor(message.DaysBefore), $"{ItAssetsNotices.LicenseExpiring}:{message.EventId}",
            await directory.ItStaffAsync(cancellationToken),
            $"{message.ProductName} expires on {message.ExpiresOn:yyyy-MM-dd}",
            $"{message.ProductName}{(message.Vendor is null ? "" : $" ({message.Vendor})")}, {message.Model} license, expires in {message.DaysBefore} days. {seats}",
            $"/admin/it-assets/licenses/{message.LicenseId}", "license", message.LicenseId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}

using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Notifications;

/// <summary>"A warranty ends in N days": tells IT staff, once per threshold (the key is the reminder's event).</summary>
public sealed class WarrantyEndingHandler(ItAssetsSession db, IUserDirectory directory, TimeProvider clock) : IIntegrationEventHandler<WarrantyEnding>
{
    public async Task Handle(WarrantyEnding message, CancellationToken cancellationToken)
    {
        db.Notify(ItAssetsNotices.WarrantyEnding, ItAssetsNotices.UrgencyFor(message.DaysBefore), $"{ItAssetsNotices.WarrantyEnding}:{message.EventId}",
            await directory.ItStaffAsync(cancellationToken),
            $"Warranty of {message.Name} ({message.AssetTag}) ends on {message.WarrantyEndsOn:yyyy-MM-dd}",
            $"{message.Name} ({message.AssetTag}): the warranty ends in {message.DaysBefore} days{(message.AssignedTo is null ? ", and nobody holds it." : ".")}",
            $"/admin/it-assets/hardware/{message.HardwareId}", "hardware", message.HardwareId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}

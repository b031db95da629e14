using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Notifications;

/// <summary>"A supply fell below its reorder level": tells the managers (who keep the reorder list), once per crossing.</summary>
public sealed class SupplyBelowReorderLevelHandler(JanitorialSession db, IUserDirectory directory) : IIntegrationEventHandler<SupplyBelowReorderLevel>
{
    public async Task Handle(SupplyBelowReorderLevel message, CancellationToken cancellationToken)
    {
        var now = db.Time.GetUtcNow();
        db.Notify(JanitorialNotices.SupplyLow, "low", $"{JanitorialNotices.SupplyLow}:{message.EventId}", await directory.ManagersAsync(cancellationToken),
            $"Reorder {message.ItemName} ({message.Sku}) at {message.SiteCode}",
            $"{message.QuantityOnHand:0.##} {message.Unit} on hand, reorder level {message.ReorderLevel:0.##} {message.Unit}.",
            "/admin/janitorial/inventory", "supply-item", message.InventoryItemId, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;

namespace OpsPlatform.Modules.ItAssets.Hardware.RemindWarrantyEnd;

/// <summary>
/// Publishes <see cref="WarrantyEnding"/> once per asset, warranty end and threshold (a <see cref="SentReminder"/> in
/// the same commit), so a redelivery, or a reminder for a warranty end that has since changed, does nothing. The asset
/// itself is only read: its version stays what the people working on it last saw.
/// </summary>
internal sealed class RemindWarrantyEndHandler(ItAssetsSession db, TimeProvider clock) : IRequestHandler<RemindWarrantyEndCommand, bool>
{
    public async Task<bool> Handle(RemindWarrantyEndCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.HardwareId, cancellationToken);
        if (asset is null || !asset.IsWarrantyReminderDue(command.WarrantyEndsOn)) return false;
        var now = clock.GetUtcNow();
        if (!await db.TryRecordAsync(SentReminder.Key("warranty-end", asset.Id, command.WarrantyEndsOn, command.DaysBefore), now, cancellationToken))
            return false;
        db.Publish(new WarrantyEnding(Guid.CreateVersion7(now), now, asset.Id, asset.AssetTag, asset.Name, command.WarrantyEndsOn, command.DaysBefore,
            asset.AssignedTo, []));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

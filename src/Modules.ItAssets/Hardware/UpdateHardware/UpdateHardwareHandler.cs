using MediatR;
using OpsPlatform.Identity.Contracts;
using Marten;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Hardware.UpdateHardware;

internal sealed class UpdateHardwareHandler(ItAssetsSession db, ICurrentUser user, ExpiryReminders reminders, TimeProvider clock) : IRequestHandler<UpdateHardwareCommand, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(UpdateHardwareCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.Id, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.Id);
        asset.EnsureVersion(command.Version);
        var warrantyBefore = asset.WarrantyEndsOn;
        asset.Update(command.ToFields());
        var now = clock.GetUtcNow();
        db.Update(asset);
        db.PublishChanged(asset, HardwareEvents.Details, user.Id, now);
        if (asset.WarrantyEndsOn != warrantyBefore) reminders.RescheduleReminders(db, asset, now);
        await db.SaveChangesAsync(cancellationToken);
        return HardwareDetails.From(asset);
    }
}

using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

internal sealed class RegisterHardwareHandler(ItAssetsSession db, ICurrentUser user, ExpiryReminders reminders, TimeProvider clock) : IRequestHandler<RegisterHardwareCommand, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(RegisterHardwareCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var asset = HardwareAsset.Register(command.ToFields(), command.Stage ?? LifecycleStage.InStock, command.Status ?? HardwareStatus.Ready, user.Id, now);
        db.Insert(asset);
        reminders.RescheduleReminders(db, asset, now);
        db.Publish(new HardwareRegistered(Guid.CreateVersion7(now), now, asset.Id, asset.AssetTag, asset.Name,
            EnumText<HardwareCategory>.ToText(asset.Category), EnumText<LifecycleStage>.ToText(asset.Stage), []));
        await db.SaveChangesAsync(cancellationToken);
        return HardwareDetails.From(asset);
    }
}

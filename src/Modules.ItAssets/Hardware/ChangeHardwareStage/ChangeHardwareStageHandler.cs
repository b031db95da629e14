using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStage;

internal sealed class ChangeHardwareStageHandler(ItAssetsSession db, ICurrentUser user, ExpiryReminders reminders, TimeProvider clock)
    : IRequestHandler<ChangeHardwareStageCommand, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(ChangeHardwareStageCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.Id, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.Id);
        var now = clock.GetUtcNow();
        asset.MoveTo(command.Stage!.Value, user.Id, command.Note, now);
        db.Update(asset);
        db.PublishChanged(asset, HardwareEvents.Stage, user.Id, now);
        if (asset.Stage == LifecycleStage.Disposed) reminders.RescheduleReminders(db, asset, now); // disposed: no warranty reminders
        await db.SaveChangesAsync(cancellationToken);
        return HardwareDetails.From(asset);
    }
}

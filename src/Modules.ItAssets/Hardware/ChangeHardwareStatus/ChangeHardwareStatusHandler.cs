using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStatus;

internal sealed class ChangeHardwareStatusHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ChangeHardwareStatusCommand, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(ChangeHardwareStatusCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.Id, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.Id);
        var now = clock.GetUtcNow();
        asset.ChangeStatus(command.Status!.Value, user.Id, command.Note, now);
        db.Update(asset);
        db.PublishChanged(asset, HardwareEvents.Status, user.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return HardwareDetails.From(asset);
    }
}

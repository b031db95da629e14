using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStage;

internal sealed class ChangeHardwareStageHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ChangeHardwareStageCommand, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(ChangeHardwareStageCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.Id, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.Id);
        asset.MoveTo(command.Stage!.Value, user.Id, command.Note, clock.GetUtcNow());
        db.Update(asset);
        await db.SaveChangesAsync(cancellationToken);
        return HardwareDetails.From(asset);
    }
}

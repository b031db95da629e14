using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Hardware.UpdateHardware;

internal sealed class UpdateHardwareHandler(ItAssetsSession db) : IRequestHandler<UpdateHardwareCommand, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(UpdateHardwareCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.Id, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.Id);
        asset.EnsureVersion(command.Version);
        asset.Update(command.ToFields());
        db.Update(asset);
        await db.SaveChangesAsync(cancellationToken);
        return HardwareDetails.From(asset);
    }
}

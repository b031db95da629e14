using MediatR;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Shared.Kernel.Persistence;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

internal sealed class RegisterHardwareHandler(ItAssetsSession db, TimeProvider clock) : IRequestHandler<RegisterHardwareCommand, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(RegisterHardwareCommand command, CancellationToken cancellationToken)
    {
        var asset = HardwareAsset.Register(command.AssetTag, command.Name, command.Category!.Value, command.SerialNumber,
            command.AssignedTo, command.PurchasedOn, command.PurchaseCost, command.WarrantyEndsOn);
        db.Insert(asset);
        var now = clock.GetUtcNow();
        db.Publish(new HardwareRegistered(Guid.CreateVersion7(now), now, asset.Id, asset.AssetTag, asset.Name,
            EnumText<HardwareCategory>.ToText(asset.Category), EnumText<HardwareStatus>.ToText(asset.Status), asset.AssignedTo,
            asset.AssignedTo is { } holder ? [holder] : []));
        await db.SaveChangesAsync(cancellationToken);
        return HardwareDetails.From(asset);
    }
}

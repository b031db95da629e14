using MediatR;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Hardware.RegisterHardware;

internal sealed class RegisterHardwareHandler(ItAssetsDbContext db) : IRequestHandler<RegisterHardwareCommand, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(RegisterHardwareCommand command, CancellationToken cancellationToken)
    {
        var asset = HardwareAsset.Register(command.AssetTag, command.Name, command.Category!.Value, command.SerialNumber,
            command.AssignedTo, command.PurchasedOn, command.PurchaseCost, command.WarrantyEndsOn);
        db.Hardware.Add(asset);
        await db.SaveChangesAsync(cancellationToken);
        return HardwareDetails.From(asset);
    }
}

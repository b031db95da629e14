using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Hardware.GetHardware;

internal sealed class GetHardwareHandler(ItAssetsSession db, ICurrentUser user) : IRequestHandler<GetHardwareQuery, HardwareDetails>
{
    public async Task<HardwareDetails> Handle(GetHardwareQuery query, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.Query<HardwareAsset>().VisibleTo(user).SingleOrDefaultAsync(h => h.Id == query.Id, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", query.Id);
        return HardwareDetails.From(asset);
    }
}

using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Hardware.GetHardwareHistory;

internal sealed class GetHardwareHistoryHandler(ItAssetsSession db, ICurrentUser user) : IRequestHandler<GetHardwareHistoryQuery, IReadOnlyList<HardwareChange>>
{
    public async Task<IReadOnlyList<HardwareChange>> Handle(GetHardwareHistoryQuery query, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.Query<HardwareAsset>().VisibleTo(user).SingleOrDefaultAsync(h => h.Id == query.Id, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", query.Id);
        return asset.History.AsEnumerable().Reverse().ToList();
    }
}

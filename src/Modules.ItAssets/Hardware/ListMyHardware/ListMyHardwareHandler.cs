using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Hardware.ListHardware;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListMyHardware;

internal sealed class ListMyHardwareHandler(ItAssetsSession db, ICurrentUser user) : IRequestHandler<ListMyHardwareQuery, Paged<HardwareSummary>>
{
    public Task<Paged<HardwareSummary>> Handle(ListMyHardwareQuery query, CancellationToken cancellationToken)
    {
        var me = user.Id;
        return db.Documents.Query<HardwareAsset>().Where(h => h.AssignedTo == me).ToSummaries(query, cancellationToken);
    }
}

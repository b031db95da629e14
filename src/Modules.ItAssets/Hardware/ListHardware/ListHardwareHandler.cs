using MediatR;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

internal sealed class ListHardwareHandler(ItAssetsSession db, ICurrentUser user) : IRequestHandler<ListHardwareQuery, Paged<HardwareSummary>>
{
    public Task<Paged<HardwareSummary>> Handle(ListHardwareQuery query, CancellationToken cancellationToken)
    {
        var hardware = db.Documents.Query<HardwareAsset>().VisibleTo(user);
        if (query.Status is { } status) hardware = hardware.Where(h => h.Status == status.Value);
        if (query.Category is { } category) hardware = hardware.Where(h => h.Category == category.Value);
        if (query.AssignedTo is { } holder) hardware = hardware.Where(h => h.AssignedTo == holder);
        if (query.WarrantyEndsBefore is { } before) hardware = hardware.Where(h => h.WarrantyEndsOn < before);

        return HardwareSortFields.All.Apply(hardware, query.Sort)
            .Select(h => new HardwareSummary(h.Id, h.AssetTag, h.Name, h.Category, h.Status, h.AssignedTo, h.WarrantyEndsOn))
            .ToPagedAsync(query, cancellationToken);
    }
}

using Marten;
using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

internal sealed class ListHardwareHandler(ItAssetsSession db, ICurrentUser user) : IRequestHandler<ListHardwareQuery, Paged<HardwareSummary>>
{
    public Task<Paged<HardwareSummary>> Handle(ListHardwareQuery query, CancellationToken cancellationToken)
    {
        var hardware = db.Documents.Query<HardwareAsset>().VisibleTo(user);
        if (query.Stage is { } stage) hardware = hardware.Where(h => h.Stage == stage.Value);
        if (query.Status is { } status) hardware = hardware.Where(h => h.Status == status.Value);
        if (query.Category is { } category) hardware = hardware.Where(h => h.Category == category.Value);
        if (query.AssignedTo is { } holder) hardware = hardware.Where(h => h.AssignedTo == holder);
        if (!string.IsNullOrWhiteSpace(query.Location)) { var location = query.Location.Trim(); hardware = hardware.Where(h => h.Location == location); }
        if (query.WarrantyEndsBefore is { } before) hardware = hardware.Where(h => h.WarrantyEndsOn < before);
        if (!string.IsNullOrWhiteSpace(query.Q)) { var text = query.Q.Trim(); hardware = hardware.Where(h => h.WebStyleSearch(text, "simple")); }
        return hardware.ToSummaries(query, cancellationToken);
    }
}

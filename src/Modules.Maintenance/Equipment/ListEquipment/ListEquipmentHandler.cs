using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;

internal sealed class ListEquipmentHandler(MaintenanceSession db) : IRequestHandler<ListEquipmentQuery, Paged<EquipmentSummary>>
{
    public Task<Paged<EquipmentSummary>> Handle(ListEquipmentQuery query, CancellationToken cancellationToken)
    {
        IQueryable<Equipment> equipment = db.Documents.Query<Equipment>();
        if (query.Status is { } status) equipment = equipment.Where(e => e.Status == status.Value);
        if (!string.IsNullOrWhiteSpace(query.Type)) equipment = equipment.Where(e => e.Type == query.Type);
        if (!string.IsNullOrWhiteSpace(query.Location)) equipment = equipment.Where(e => e.Location == query.Location);
        if (query.SiteId is { } siteId) equipment = equipment.Where(e => e.SiteId == siteId);

        return EquipmentSortFields.All.Apply(equipment, query.Sort)
            .Select(e => new EquipmentSummary(e.Id, e.Name, e.Type, e.SerialNumber, e.Location, e.Status, e.SiteId))
            .ToPagedAsync(query, cancellationToken);
    }
}

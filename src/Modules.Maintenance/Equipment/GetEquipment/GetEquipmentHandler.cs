using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipment;

internal sealed class GetEquipmentHandler(MaintenanceSession db) : IRequestHandler<GetEquipmentQuery, EquipmentDetails>
{
    public async Task<EquipmentDetails> Handle(GetEquipmentQuery query, CancellationToken cancellationToken) =>
        await db.Documents.Query<Equipment>()
            .Where(e => e.Id == query.Id)
            .Select(e => new EquipmentDetails(e.Id, e.Name, e.Type, e.SerialNumber, e.Location, e.Status, e.SiteId, e.Version, e.CreatedAt, e.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Equipment", query.Id);
}

using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipment;

internal sealed class GetEquipmentHandler(MaintenanceDbContext db) : IRequestHandler<GetEquipmentQuery, EquipmentDetails>
{
    public async Task<EquipmentDetails> Handle(GetEquipmentQuery query, CancellationToken cancellationToken) =>
        await db.Equipment.AsNoTracking()
            .Where(e => e.Id == query.Id)
            .Select(e => new EquipmentDetails(e.Id, e.Name, e.Type, e.SerialNumber, e.Location, e.Status, e.SiteId, e.Version, e.CreatedAt, e.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Equipment", query.Id);
}

using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnician;

internal sealed class GetTechnicianHandler(MaintenanceSession db, ICurrentUser user) : IRequestHandler<GetTechnicianQuery, TechnicianDetails>
{
    public async Task<TechnicianDetails> Handle(GetTechnicianQuery query, CancellationToken cancellationToken) =>
        await db.Documents.Query<Technician>().VisibleTo(user)
            .Where(t => t.Id == query.Id)
            .Select(t => new TechnicianDetails(t.Id, t.Name, t.UserId, t.Active, t.Skills, t.WeeklyAvailability, t.Unavailability, t.Version, t.CreatedAt, t.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Technician", query.Id);
}

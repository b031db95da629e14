using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetMyTechnician;

/// <summary>One lookup on the unique index of the technicians' account column.</summary>
internal sealed class GetMyTechnicianHandler(MaintenanceSession db, ICurrentUser user) : IRequestHandler<GetMyTechnicianQuery, TechnicianDetails>
{
    public async Task<TechnicianDetails> Handle(GetMyTechnicianQuery query, CancellationToken cancellationToken)
    {
        var me = user.Id;
        return await db.Documents.Query<Technician>()
                   .Where(t => t.UserId == me)
                   .Select(t => new TechnicianDetails(t.Id, t.Name, t.UserId, t.Active, t.Skills, t.WeeklyAvailability, t.Unavailability, t.Version, t.CreatedAt, t.UpdatedAt))
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("Technician linked to account", me);
    }
}

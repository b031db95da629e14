using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;

internal sealed class ListTechniciansHandler(MaintenanceSession db) : IRequestHandler<ListTechniciansQuery, Paged<TechnicianSummary>>
{
    public Task<Paged<TechnicianSummary>> Handle(ListTechniciansQuery query, CancellationToken cancellationToken)
    {
        IQueryable<Technician> technicians = db.Documents.Query<Technician>();
        if (query.Active is { } active) technicians = technicians.Where(t => t.Active == active);
        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            // jsonb containment, served by the GIN index on the document.
            var skill = query.Skill.Trim().ToLowerInvariant();
            technicians = technicians.Where(t => t.Skills.Any(s => s.Name == skill));
        }

        return TechnicianSortFields.All.Apply(technicians, query.Sort)
            .Select(t => new TechnicianSummary(t.Id, t.Name, t.UserId, t.Active, t.Skills))
            .ToPagedAsync(query, cancellationToken);
    }
}

using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;

internal sealed class ListTechniciansHandler(MaintenanceDbContext db) : IRequestHandler<ListTechniciansQuery, Paged<TechnicianSummary>>
{
    public Task<Paged<TechnicianSummary>> Handle(ListTechniciansQuery query, CancellationToken cancellationToken)
    {
        var technicians = db.Technicians.AsNoTracking();
        if (query.Active is { } active) technicians = technicians.Where(t => t.Active == active);
        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            // jsonb containment, served by the GIN index ix_technicians_skills.
            var skill = JsonSerializer.Serialize(new[] { new { name = query.Skill.Trim().ToLowerInvariant() } });
            technicians = technicians.Where(t =>
                db.Technicians.FromSql($"SELECT * FROM maintenance.technicians WHERE skills @> {skill}::jsonb").Any(s => s.Id == t.Id));
        }

        return TechnicianSortFields.All.Apply(technicians, query.Sort)
            .Select(t => new TechnicianSummary(t.Id, t.Name, t.UserId, t.Active, t.Skills))
            .ToPagedAsync(query, cancellationToken);
    }
}

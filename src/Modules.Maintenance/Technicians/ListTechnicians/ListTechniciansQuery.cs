using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;

/// <summary><see cref="Skill"/>: only technicians holding that skill (any level).</summary>
internal sealed record ListTechniciansQuery(bool? Active, string? Skill, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<TechnicianSummary>>, IPagedQuery;

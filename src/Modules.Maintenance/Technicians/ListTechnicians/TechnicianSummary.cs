namespace OpsPlatform.Modules.Maintenance.Technicians.ListTechnicians;

internal sealed record TechnicianSummary(Guid Id, string Name, Guid? UserId, bool Active, IReadOnlyList<TechnicianSkill> Skills);

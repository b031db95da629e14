namespace OpsPlatform.Admin.Modules.Maintenance.Api;

public sealed record TechnicianSummary(Guid Id, string Name, Guid? UserId, bool Active, IReadOnlyList<TechnicianSkill>? Skills = null);

using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetMyTechnician;

/// <summary>The technician record linked to the caller's own account.</summary>
internal sealed record GetMyTechnicianQuery : IQuery<TechnicianDetails>;

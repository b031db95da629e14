using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnician;

internal sealed record GetTechnicianQuery(Guid Id) : IQuery<TechnicianDetails>;

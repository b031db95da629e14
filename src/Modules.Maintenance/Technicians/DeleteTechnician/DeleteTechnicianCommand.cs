using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Technicians.DeleteTechnician;

internal sealed record DeleteTechnicianCommand(Guid Id, int? Version) : ICommand<bool>;

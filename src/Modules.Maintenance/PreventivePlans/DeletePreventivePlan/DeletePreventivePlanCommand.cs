using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.DeletePreventivePlan;

internal sealed record DeletePreventivePlanCommand(Guid Id, int? Version) : ICommand<bool>;

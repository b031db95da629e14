using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.GetPreventivePlan;

internal sealed record GetPreventivePlanQuery(Guid Id) : IQuery<PreventivePlanDetails>;

using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrderActions;

internal sealed record GetWorkOrderActionsQuery(Guid Id) : IQuery<WorkOrderActions>;

using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrder;

internal sealed record GetWorkOrderQuery(Guid Id) : IQuery<WorkOrderDetails>;

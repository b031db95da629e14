using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.DeleteWorkOrder;

internal sealed record DeleteWorkOrderCommand(Guid Id, int? Version) : ICommand<bool>;

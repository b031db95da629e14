using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrderTransitions;

/// <summary><see cref="Id"/> is the work order (from the route).</summary>
internal sealed record ListWorkOrderTransitionsQuery(Guid Id) : IQuery<IReadOnlyList<WorkOrderTransitionEntry>>;

using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;

/// <summary>The occurrence of a plan due at <see cref="DueAt"/> raises its work order. Answers its id, or null when there was nothing to raise.</summary>
internal sealed record RaisePlannedWorkOrderCommand(Guid PlanId, DateTimeOffset DueAt) : ICommand<Guid?>;

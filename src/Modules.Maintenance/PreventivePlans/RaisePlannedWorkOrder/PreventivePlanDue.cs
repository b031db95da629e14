using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;

/// <summary>A plan's occurrence due at <see cref="DueAt"/> is to be raised: a durable scheduled message this module sends itself.</summary>
[IntegrationEvent("maintenance.preventive-plan-due", 1)]
public sealed record PreventivePlanDue(Guid EventId, DateTimeOffset OccurredAt, Guid PlanId, DateTimeOffset DueAt) : IIntegrationEvent;

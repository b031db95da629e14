using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.Notifications;

/// <summary>A work order's due date has come: a durable scheduled message this module sends itself (one pending per work order).</summary>
[IntegrationEvent("maintenance.work-order-overdue-check", 1)]
public sealed record WorkOrderOverdueCheck(Guid EventId, DateTimeOffset OccurredAt, Guid WorkOrderId, DateTimeOffset DueAt) : IIntegrationEvent;

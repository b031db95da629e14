namespace OpsPlatform.Admin.Modules.Maintenance.Api;

public sealed record WorkOrderTransition(WorkOrderStatus? FromStatus, WorkOrderStatus ToStatus, DateTimeOffset At, Guid? ChangedBy, string? Note);

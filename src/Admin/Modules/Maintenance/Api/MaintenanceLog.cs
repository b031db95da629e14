namespace OpsPlatform.Admin.Modules.Maintenance.Api;

public sealed record MaintenanceLog(Guid Id, Guid WorkOrderId, string Entry, Guid LoggedBy, int MinutesSpent, int Version, DateTimeOffset CreatedAt);

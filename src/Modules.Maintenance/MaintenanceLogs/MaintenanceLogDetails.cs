namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs;

internal sealed record MaintenanceLogDetails(Guid Id, Guid WorkOrderId, string Entry, Guid LoggedBy, int MinutesSpent, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static MaintenanceLogDetails From(MaintenanceLog l) => new(l.Id, l.WorkOrderId, l.Entry, l.LoggedBy, l.MinutesSpent, l.Version, l.CreatedAt, l.UpdatedAt);
}

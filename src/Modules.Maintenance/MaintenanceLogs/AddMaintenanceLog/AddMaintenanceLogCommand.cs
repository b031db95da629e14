using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.AddMaintenanceLog;

internal sealed record AddMaintenanceLogCommand(string Entry, int? MinutesSpent) : ICommand<MaintenanceLogDetails>
{
    [JsonIgnore] public Guid WorkOrderId { get; init; }
}

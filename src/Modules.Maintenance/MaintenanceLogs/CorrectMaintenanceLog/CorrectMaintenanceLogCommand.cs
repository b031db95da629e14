using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.CorrectMaintenanceLog;

internal sealed record CorrectMaintenanceLogCommand(string Entry, int? MinutesSpent, int? Version) : ICommand<MaintenanceLogDetails>
{
    [JsonIgnore] public Guid WorkOrderId { get; init; }
    [JsonIgnore] public Guid Id { get; init; }
}

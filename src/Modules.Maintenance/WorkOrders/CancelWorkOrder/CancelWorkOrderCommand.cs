using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.CancelWorkOrder;

internal sealed record CancelWorkOrderCommand(string? Reason, int? Version) : ICommand<WorkOrderDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}

using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ChangeWorkOrderStatus;

/// <summary>Move a work order along its workflow. <see cref="Version"/>, when sent, must be the current one (409 otherwise).</summary>
internal sealed record ChangeWorkOrderStatusCommand(WorkOrderStatus? Status, int? Version, string? Reason) : ICommand<WorkOrderDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}

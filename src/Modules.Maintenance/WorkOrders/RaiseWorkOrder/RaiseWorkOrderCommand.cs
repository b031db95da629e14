using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.RaiseWorkOrder;

/// <summary>
/// Raise a work order. From HTTP the caller is the requester (a manager's is "open", anyone else's "requested");
/// a preventive plan or a failed inspection sets <see cref="Origin"/> instead.
/// </summary>
internal sealed record RaiseWorkOrderCommand(
    string Title,
    string Description,
    WorkOrderPriority? Priority,
    Guid? EquipmentId,
    Guid? SiteId,
    DateTimeOffset? DueAt,
    IReadOnlyList<string>? RequiredSkills) : ICommand<WorkOrderDetails>
{
    [JsonIgnore] public WorkOrderOrigin? Origin { get; init; }
}

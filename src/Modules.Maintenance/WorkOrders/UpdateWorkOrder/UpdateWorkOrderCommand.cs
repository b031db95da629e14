using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.UpdateWorkOrder;

internal sealed record UpdateWorkOrderCommand(
    string Title,
    string Description,
    WorkOrderPriority? Priority,
    DateTimeOffset? DueAt,
    IReadOnlyList<string>? RequiredSkills,
    int? Version) : ICommand<WorkOrderDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}

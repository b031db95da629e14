using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.AssignTechnician;

/// <summary><see cref="Override"/> assigns a technician who lacks a required skill; the manager who did it is recorded.</summary>
internal sealed record AssignTechnicianCommand(Guid? TechnicianId, int? Version, bool? Override) : ICommand<WorkOrderDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}

using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Contracts;

[IntegrationEvent("psa.task-assigned", 1)]
public sealed record TaskAssigned(
    Guid EventId, DateTimeOffset OccurredAt, Guid TaskId, Guid ProjectId, string Title, Guid AssigneeId, DateOnly? DueOn,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

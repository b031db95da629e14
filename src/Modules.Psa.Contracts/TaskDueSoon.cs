using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Contracts;

/// <summary>An open task is due within a day (sent once per due date, by a durable scheduled message keyed per task).</summary>
[IntegrationEvent("psa.task-due-soon", 1)]
public sealed record TaskDueSoon(
    Guid EventId, DateTimeOffset OccurredAt, Guid TaskId, Guid ProjectId, string Title, Guid? AssigneeId, DateOnly DueOn,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

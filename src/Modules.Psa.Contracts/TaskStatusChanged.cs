using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Contracts;

/// <summary>A task moved on the board (statuses as the API writes them, e.g. <c>in_progress</c>); the project's team sees it.</summary>
[IntegrationEvent("psa.task-status-changed", 1)]
public sealed record TaskStatusChanged(
    Guid EventId, DateTimeOffset OccurredAt, Guid TaskId, Guid ProjectId, string Title, string From, string To, Guid ChangedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

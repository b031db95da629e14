using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Contracts;

[IntegrationEvent("psa.project-status-changed", 1)]
public sealed record ProjectStatusChanged(
    Guid EventId, DateTimeOffset OccurredAt, Guid ProjectId, string ProjectCode, string From, string To, Guid ChangedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

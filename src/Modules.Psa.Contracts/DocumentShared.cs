using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Contracts;

/// <summary>A project document became visible to the client's viewers.</summary>
[IntegrationEvent("psa.document-shared", 1)]
public sealed record DocumentShared(
    Guid EventId, DateTimeOffset OccurredAt, Guid DocumentId, Guid ProjectId, string Title, Guid SharedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

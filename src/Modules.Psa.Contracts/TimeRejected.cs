using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Contracts;

/// <summary>A person's submitted week on a project was sent back with a reason; its entries can be corrected and submitted again.</summary>
[IntegrationEvent("psa.time-rejected", 1)]
public sealed record TimeRejected(
    Guid EventId, DateTimeOffset OccurredAt, Guid ProjectId, Guid UserId, DateOnly WeekStart, int Minutes, string Reason, Guid RejectedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Contracts;

/// <summary>A person's submitted week on a project was approved; its entries are locked.</summary>
[IntegrationEvent("psa.time-approved", 1)]
public sealed record TimeApproved(
    Guid EventId, DateTimeOffset OccurredAt, Guid ProjectId, Guid UserId, DateOnly WeekStart, int Minutes, int BillableMinutes, Guid ApprovedBy,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

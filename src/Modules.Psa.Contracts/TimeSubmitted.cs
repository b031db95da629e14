using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Contracts;

/// <summary>A person submitted their week's time on a project; it waits for the project owner's decision.</summary>
[IntegrationEvent("psa.time-submitted", 1)]
public sealed record TimeSubmitted(
    Guid EventId, DateTimeOffset OccurredAt, Guid ProjectId, Guid UserId, DateOnly WeekStart, int Minutes,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

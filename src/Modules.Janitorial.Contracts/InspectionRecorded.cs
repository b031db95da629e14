using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Contracts;

[IntegrationEvent("janitorial.inspection-recorded", 1)]
public sealed record InspectionRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InspectionId,
    Guid SiteId,
    string SiteCode,
    Guid InspectorUserId,
    int Score,
    int PassThreshold,
    bool Passed,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Janitorial.Contracts;

/// <summary>An inspection scored under its site's pass threshold. Maintenance raises one work order per inspection.</summary>
[IntegrationEvent("janitorial.inspection-failed", 1)]
public sealed record InspectionFailed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InspectionId,
    Guid SiteId,
    string SiteCode,
    string SiteName,
    string SiteAddress,
    Guid InspectorUserId,
    int Score,
    int PassThreshold,
    string Findings,
    string? CorrectiveActions,
    IReadOnlyList<Guid> VisibleToUserIds) : IIntegrationEvent, IVisibleToUsers;

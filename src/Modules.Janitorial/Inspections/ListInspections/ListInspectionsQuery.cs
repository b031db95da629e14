using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inspections.ListInspections;

/// <summary><see cref="ScoreBelow"/> keeps inspections scoring under it; <see cref="From"/>/<see cref="To"/> bound the inspection date.</summary>
internal sealed record ListInspectionsQuery(
    Guid? SiteId,
    Guid? InspectorId,
    DateOnly? From,
    DateOnly? To,
    int? ScoreBelow,
    bool? Passed,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<InspectionSummary>>, IPagedQuery;

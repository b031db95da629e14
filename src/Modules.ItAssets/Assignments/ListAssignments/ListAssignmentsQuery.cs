using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Assignments.ListAssignments;

/// <summary>Assignments, newest check-out first unless sorted otherwise; <c>overdue=true</c>: open ones past their expected return.</summary>
internal sealed record ListAssignmentsQuery(
    Guid? HardwareId,
    Guid? AssignedTo,
    bool? Open,
    bool? Overdue,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<AssignmentDetails>>, IPagedQuery;

using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Assignments.ListAssignments;

internal sealed class ListAssignmentsValidator : PagedQueryValidator<ListAssignmentsQuery, Assignment>
{
    public ListAssignmentsValidator() : base(AssignmentSortFields.All) { }
}

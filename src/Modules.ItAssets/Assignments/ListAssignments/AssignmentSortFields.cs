using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Assignments.ListAssignments;

internal static class AssignmentSortFields
{
    public static readonly SortFields<Assignment> All = new SortFields<Assignment>("-checkedOutAt")
        .Add("checkedOutAt", a => a.CheckedOutAt)
        .Add("expectedReturnOn", a => a.ExpectedReturnOn);
}

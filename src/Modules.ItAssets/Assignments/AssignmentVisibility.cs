using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.ItAssets.Assignments;

/// <summary>IT staff see every assignment; anyone else only their own.</summary>
internal static class AssignmentVisibility
{
    public static IQueryable<Assignment> VisibleTo(this IQueryable<Assignment> assignments, ICurrentUser user)
    {
        if (user.IsManager) return assignments;
        var me = user.Id;
        return assignments.Where(a => a.AssignedTo == me);
    }

    public static IQueryable<AssignmentDetails> ToDetails(this IQueryable<Assignment> assignments) =>
        assignments.Select(a => new AssignmentDetails(a.Id, a.HardwareId, a.AssetTag, a.HardwareName, a.AssignedTo, a.Location,
            a.CheckedOutAt, a.CheckedOutBy, a.ExpectedReturnOn, a.Note, a.CheckedInAt, a.CheckedInBy, a.CheckInNote, a.IsOpen));

    public static AssignmentDetails ToDetails(this Assignment a) => new(a.Id, a.HardwareId, a.AssetTag, a.HardwareName, a.AssignedTo,
        a.Location, a.CheckedOutAt, a.CheckedOutBy, a.ExpectedReturnOn, a.Note, a.CheckedInAt, a.CheckedInBy, a.CheckInNote, a.IsOpen);
}

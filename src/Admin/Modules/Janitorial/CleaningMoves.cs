using OpsPlatform.Admin.Modules.Janitorial.Api;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin.Modules.Janitorial;

/// <summary>
/// The status moves to offer on a cleaning. The janitorial API has no "actions" endpoint for schedules (as maintenance
/// has for work orders), so this mirrors its documented rules: managers move any occurrence, a technician only their
/// own; scheduled → in progress | cancelled, in progress → completed | cancelled; the rest are final. The API still
/// decides: a refused move comes back as its 409 naming the allowed ones.
/// </summary>
public static class CleaningMoves
{
    public static IReadOnlyList<CleaningStatus> For(Cleaning cleaning, AdminUser user)
    {
        var mayMove = user.IsManager || (user.IsIn("technician") && cleaning.AssignedTo == user.Id);
        if (!mayMove) return [];
        return cleaning.Status switch
        {
            CleaningStatus.Scheduled => [CleaningStatus.InProgress, CleaningStatus.Cancelled],
            CleaningStatus.InProgress => [CleaningStatus.Completed, CleaningStatus.Cancelled],
            _ => [],
        };
    }
}

using OpsPlatform.Admin.Modules.ItAssets.Api;
using static OpsPlatform.Admin.Modules.ItAssets.Api.LifecycleStage;

namespace OpsPlatform.Admin.Modules.ItAssets;

/// <summary>
/// What IT staff may do to a piece of hardware now, so the page offers only those buttons. The stage moves are the
/// module's lifecycle (<c>HardwareLifecycle.AllowedFrom</c>): the API has no "actions" read for hardware, and still
/// refuses (409, naming the allowed moves) whatever this gets wrong. Deployed is entered by a check-out and left by a check-in.
/// </summary>
public sealed record HardwareMoves(IReadOnlyList<LifecycleStage> Stages, IReadOnlyList<HardwareStatus> Statuses, bool CanCheckOut, bool CanCheckIn)
{
    public static readonly HardwareMoves None = new([], [], false, false);

    public bool Any => Stages.Count > 0 || Statuses.Count > 0 || CanCheckOut || CanCheckIn;

    public static HardwareMoves For(HardwareDetails hardware, bool isItStaff)
    {
        if (!isItStaff) return None;
        var hasHolder = hardware.OpenAssignmentId is not null;
        IReadOnlyList<LifecycleStage> stages = hardware.Stage switch
        {
            Ordered => [InStock],
            InStock => [InRepair, Retired],
            Deployed => [InRepair],
            InRepair => hasHolder ? [Deployed] : [InStock, Retired],
            Retired => [InStock, Disposed],
            _ => [],
        };
        var statuses = hardware.Stage == Disposed ? [] : Enum.GetValues<HardwareStatus>().Where(s => s != hardware.Status).ToArray();
        return new HardwareMoves(stages, statuses,
            CanCheckOut: hardware.Stage == InStock && hardware.Status == HardwareStatus.Ready && !hasHolder,
            CanCheckIn: hardware.OpenAssignmentId is not null);
    }
}

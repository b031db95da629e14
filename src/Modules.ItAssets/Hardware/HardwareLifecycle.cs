using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;
using static OpsPlatform.Modules.ItAssets.Hardware.LifecycleStage;

namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>
/// The stage moves a person may make by hand. Deployed is entered by a check-out and left for in stock by a check-in;
/// hardware in repair goes back to deployed when it still has a holder, to in stock (or retired) when it has none.
/// </summary>
internal static class HardwareLifecycle
{
    public static IReadOnlyList<LifecycleStage> AllowedFrom(LifecycleStage stage, bool hasHolder) => stage switch
    {
        Ordered => [InStock],
        InStock => [InRepair, Retired],
        Deployed => [InRepair],
        InRepair => hasHolder ? [Deployed] : [InStock, Retired],
        Retired => [InStock, Disposed],
        _ => [],
    };

    public static ConflictException IllegalMove(LifecycleStage from, LifecycleStage to, bool hasHolder)
    {
        var allowed = AllowedFrom(from, hasHolder);
        var hint = (from, to) switch
        {
            (_, Deployed) when !hasHolder => " Hardware is deployed by checking it out (POST .../check-out).",
            (Deployed, InStock) => " Deployed hardware returns to stock by checking it in (POST .../check-in).",
            (Deployed, Retired) => " Check it in first.",
            _ => "",
        };
        return new ConflictException(
            $"Hardware cannot move from '{Word(from)}' to '{Word(to)}'. Allowed from '{Word(from)}': {(allowed.Count == 0 ? "none" : string.Join(", ", allowed.Select(Word)))}.{hint}",
            extensions: new Dictionary<string, object?>
            {
                ["currentStage"] = Word(from),
                ["allowed"] = allowed.Select(Word).ToArray(),
            });
    }

    public static string Word(LifecycleStage stage) => EnumText<LifecycleStage>.ToText(stage);
}

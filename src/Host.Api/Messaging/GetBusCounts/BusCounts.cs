using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Host.Api.Messaging.GetBusCounts;

internal sealed record BusCounts(long Pending, long Scheduled, long InFlight, long Retrying, long DeadLettered, long Unrouted, long Unrelayed, IReadOnlyList<ModuleCounts> Modules)
{
    public static BusCounts Of(IReadOnlyList<ModuleCounts> modules)
    {
        var handlers = modules.SelectMany(m => m.Handlers).ToList();
        return new BusCounts(handlers.Sum(h => h.Pending), handlers.Sum(h => h.Scheduled), handlers.Sum(h => h.InFlight), handlers.Sum(h => h.Retrying),
            handlers.Sum(h => h.DeadLettered), modules.Sum(m => m.Unrouted), modules.Sum(m => m.Unrelayed), modules);
    }
}

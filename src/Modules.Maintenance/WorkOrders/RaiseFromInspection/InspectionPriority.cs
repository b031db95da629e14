namespace OpsPlatform.Modules.Maintenance.WorkOrders.RaiseFromInspection;

/// <summary>
/// How far under its pass threshold an inspection scored sets the work order's priority and due date:
/// under 50 % of the threshold is urgent (due in 1 day), under 75 % high (3 days), under 90 % medium (7 days),
/// anything closer low (14 days). A threshold of 0 or less cannot be failed meaningfully and maps to urgent.
/// </summary>
internal static class InspectionPriority
{
    public static (WorkOrderPriority Priority, TimeSpan DueIn) For(int score, int passThreshold)
    {
        if (passThreshold <= 0) return (WorkOrderPriority.Urgent, TimeSpan.FromDays(1));
        var ratio = (double)score / passThreshold;
        return ratio switch
        {
            < 0.50 => (WorkOrderPriority.Urgent, TimeSpan.FromDays(1)),
            < 0.75 => (WorkOrderPriority.High, TimeSpan.FromDays(3)),
            < 0.90 => (WorkOrderPriority.Medium, TimeSpan.FromDays(7)),
            _ => (WorkOrderPriority.Low, TimeSpan.FromDays(14)),
        };
    }
}

namespace OpsPlatform.Admin.Modules.Maintenance.Api;

/// <summary><c>GET .../work-orders/{id}/actions</c>: what the API will let this user do now; the page shows only these.</summary>
public sealed record WorkOrderActions(
    WorkOrderStatus Status,
    int Version,
    WorkOrderStatus[] Statuses,
    bool CanAssign,
    bool CanCancel,
    bool CanReopen,
    bool CanEdit,
    bool CanLog)
{
    public static readonly WorkOrderActions None = new(WorkOrderStatus.Requested, 0, [], false, false, false, false, false);
}

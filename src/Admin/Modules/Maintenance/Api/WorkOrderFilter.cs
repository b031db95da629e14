namespace OpsPlatform.Admin.Modules.Maintenance.Api;

/// <summary>The list's filters, as the page's query string keeps them (so a filtered list can be bookmarked).</summary>
public sealed record WorkOrderFilter(WorkOrderStatus? Status, WorkOrderPriority? Priority, string? Q, int Page = 1, int PageSize = 20, string? Sort = null);

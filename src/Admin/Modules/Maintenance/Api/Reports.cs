namespace OpsPlatform.Admin.Modules.Maintenance.Api;

/// <summary>Unfinished work orders by priority, counted by age since they were raised.</summary>
public sealed record OpenWorkOrdersReport(DateTimeOffset AsOf, long Total, IReadOnlyList<OpenByPriority> ByPriority);

public sealed record OpenByPriority(WorkOrderPriority Priority, long Total, long UnderOneDay, long OneToSevenDays, long SevenToThirtyDays, long OverThirtyDays, double? OldestAgeDays);

/// <summary>Mean hours from raised to completed (and from started to completed) for work orders completed in a window.</summary>
public sealed record CompletionTimesReport(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<CompletionByEquipment> PerEquipment, IReadOnlyList<CompletionByPriority> PerPriority);

public sealed record CompletionByEquipment(Guid EquipmentId, string EquipmentName, long Completed, double MeanHoursToComplete, double? MeanHoursOfWork);

public sealed record CompletionByPriority(WorkOrderPriority Priority, long Completed, double MeanHoursToComplete, double? MeanHoursOfWork);

public sealed record OverdueReport(DateTimeOffset AsOf, long Overdue, IReadOnlyList<OverdueByPriority> ByPriority);

public sealed record OverdueByPriority(WorkOrderPriority Priority, long Overdue);

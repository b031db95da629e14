namespace OpsPlatform.Modules.Psa.Time.GetUtilization;

/// <summary>One person's week: hours logged (rejected time aside) and billable, against their weekly capacity.</summary>
internal sealed record WeeklyUtilization(
    Guid UserId, DateOnly WeekStart, decimal LoggedHours, decimal BillableHours, decimal CapacityHours,
    decimal? UtilizationPercent, decimal? BillableUtilizationPercent);

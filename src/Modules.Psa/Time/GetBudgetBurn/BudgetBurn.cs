namespace OpsPlatform.Modules.Psa.Time.GetBudgetBurn;

/// <summary>
/// How much of a project's budget its logged time (rejected time aside) has used: hours against the hour budget, and
/// billable hours at the project's rate against the amount. Percentages are null where the budget or rate is not set.
/// </summary>
internal sealed record BudgetBurn(
    Guid ProjectId, decimal? BudgetHours, decimal? BudgetAmount, decimal? HourlyRate,
    decimal LoggedHours, decimal BillableHours, decimal ApprovedHours, decimal? BurnedAmount,
    decimal? RemainingHours, decimal? HoursBurnedPercent, decimal? AmountBurnedPercent);

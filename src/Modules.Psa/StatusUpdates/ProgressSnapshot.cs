namespace OpsPlatform.Modules.Psa.StatusUpdates;

/// <summary>The project's progress when the update was posted; it does not change afterwards.</summary>
internal sealed record ProgressSnapshot(int TasksDone, int TasksTotal, decimal HoursSpent, decimal? BudgetHours);

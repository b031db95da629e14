using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Time.SubmitWeek;

/// <summary>Submits the caller's draft and rejected entries of the week starting <see cref="WeekStart"/> (a Monday).</summary>
internal sealed record SubmitWeekCommand(DateOnly? WeekStart) : ICommand<WeekSubmission>;

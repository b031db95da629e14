using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Schedules.PlanCleaning;

/// <summary>A recurring plan (daily, weekly, biweekly, monthly) needs <see cref="RepeatUntil"/>, at most 366 days ahead.</summary>
internal sealed record PlanCleaningCommand(
    Guid? SiteId,
    Guid? AssignedTo,
    DateOnly? ServiceDate,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    Frequency? Frequency,
    DateOnly? RepeatUntil,
    string? Notes) : ICommand<PlannedCleaning>;

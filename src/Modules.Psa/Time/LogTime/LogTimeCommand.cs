using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Time.LogTime;

/// <summary>The caller logs their own time; <see cref="Billable"/> defaults to true.</summary>
internal sealed record LogTimeCommand(Guid? ProjectId, Guid? TaskId, DateOnly? Date, int? Minutes, string? Note, bool? Billable)
    : ICommand<TimeEntryDetails>, ITimeEntryFields;

using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Tasks.AnnounceTaskDueSoon;

/// <summary>A task's due date is a day away: a durable scheduled message this module sends itself, one pending per task.</summary>
[IntegrationEvent("psa.task-due-soon-reminder", 1)]
public sealed record TaskDueSoonReminder(Guid EventId, DateTimeOffset OccurredAt, Guid TaskId, DateOnly DueOn) : IIntegrationEvent;
